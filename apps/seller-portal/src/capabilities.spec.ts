import { capabilitiesOf } from './capabilities';

describe('what each vendor role is offered', () => {
  it('gives owners everything, managers all but adding managers and removing members, staff none of these', () => {
    expect(capabilitiesOf(['vendor:owner'])).toEqual({
      addManager: true,
      addStaff: true,
      removeMembers: true,
      manageWarehouses: true,
      manageCouriers: true,
    });
    expect(capabilitiesOf(['vendor:manager'])).toEqual({
      addManager: false,
      addStaff: true,
      removeMembers: false,
      manageWarehouses: true,
      manageCouriers: true,
    });
    expect(capabilitiesOf(['vendor:staff'])).toEqual({
      addManager: false,
      addStaff: false,
      removeMembers: false,
      manageWarehouses: false,
      manageCouriers: false,
    });
    expect(capabilitiesOf(['shopper'])).toEqual({
      addManager: false,
      addStaff: false,
      removeMembers: false,
      manageWarehouses: false,
      manageCouriers: false,
    });
  });
});
