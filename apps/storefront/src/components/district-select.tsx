import { DIVISIONS } from '@getit/contracts';

/** The delivery district as a server-rendered select, grouped by division (cart and product page). */
export function DistrictSelect({ district }: { district: string }) {
  return (
    <select
      name="district"
      defaultValue={district}
      className="ml-2 rounded border border-gray-400 bg-white px-2 py-1"
    >
      {Object.entries(DIVISIONS).map(([division, districts]) => (
        <optgroup key={division} label={division}>
          {districts.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
