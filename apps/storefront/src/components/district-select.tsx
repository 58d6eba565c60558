import { DIVISIONS, placeName } from '@getit/contracts';

/** The delivery district as a server-rendered select, grouped by division, named in the page's language (cart and product page). */
export function DistrictSelect({ district, locale }: { district: string; locale: string }) {
  return (
    <select
      name="district"
      defaultValue={district}
      className="ml-2 rounded border border-gray-400 bg-white px-2 py-1"
    >
      {Object.entries(DIVISIONS).map(([division, districts]) => (
        <optgroup key={division} label={placeName(division, locale)}>
          {districts.map((d) => (
            <option key={d} value={d}>
              {placeName(d, locale)}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
