export { DistrictError, type DistrictErrorCode, districtErrorMessages } from './district-error.js';
export { districtLabels, districtName } from './district-labels.js';
export {
  DISTRICT_NAMES,
  type District,
  DistrictSchema,
  type ProvinceCode,
  ProvinceCodeSchema,
} from './district-schema.js';
export { type DistrictNormalization, normalizeDistrict, parseDistrict } from './normalize-district.js';
export {
  districtsOfProvince,
  PROVINCES,
  type Province,
  provinceByCode,
  provinceHeadquartersLabels,
  provinceLabels,
  provinceName,
  provinceOfDistrict,
} from './provinces.js';
