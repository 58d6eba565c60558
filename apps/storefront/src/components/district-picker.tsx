'use client';
import { useState } from 'react';

export interface DistrictPickerLabels {
  division: string;
  district: string;
  chooseDivision: string;
  chooseDistrict: string;
}

/**
 * Division → district: the district list follows the chosen division (the reference lists come from the server, with
 * each place's name in the page's language: the value sent stays the English name the API takes).
 */
export function DistrictPicker({
  divisions,
  names,
  labels,
  initialDistrict,
}: {
  divisions: Record<string, readonly string[]>;
  names: Record<string, string>;
  labels: DistrictPickerLabels;
  initialDistrict?: string | undefined;
}) {
  const initialDivision =
    Object.keys(divisions).find((d) => divisions[d]!.includes(initialDistrict ?? '')) ?? '';
  const [division, setDivision] = useState(initialDivision);
  const districts = divisions[division] ?? [];
  const field = 'mt-1 block w-full rounded border border-gray-400 bg-white px-3 py-2';
  return (
    <>
      <label className="block">
        {labels.division}
        <select
          name="division"
          required
          value={division}
          onChange={(e) => setDivision(e.target.value)}
          className={field}
        >
          <option value="">{labels.chooseDivision}</option>
          {Object.keys(divisions).map((d) => (
            <option key={d} value={d}>
              {names[d] ?? d}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        {labels.district}
        <select
          name="district"
          required
          key={division}
          defaultValue={districts.includes(initialDistrict ?? '') ? initialDistrict : ''}
          className={field}
        >
          <option value="">{labels.chooseDistrict}</option>
          {districts.map((d) => (
            <option key={d} value={d}>
              {names[d] ?? d}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
