import { capabilitiesOf } from './capabilities';

describe('what each vendor role is offered', () => {
  it('gives owners everything, managers all but adding managers, staff none of these', () => {
    expect(capabilitiesOf(['vendor:owner'])).toEqual({
      addManager: true,
      addStaff: true,
      manageWarehouses: true,
    });
    expect(capabilitiesOf(['vendor:manager'])).toEqual({
      addManager: false,
      addStaff: true,
      manageWarehouses: true,
    });
    expect(capabilitiesOf(['vendor:staff'])).toEqual({
      addManager: false,
      addStaff: false,
      manageWarehouses: false,
    });
    expect(capabilitiesOf(['shopper'])).toEqual({
      addManager: false,
      addStaff: false,
      manageWarehouses: false,
    });
  });
});
