/**
 * Longitude/latitude of the places the articles name, by entity id. The core has no coordinates
 * yet (asked for in the site's report); until it does, the map keeps this small table. Regions
 * such as "Central Asia" have no single point and are listed beside the map instead.
 */
export const PLACE_COORDINATES: Readonly<Record<string, readonly [number, number]>> = {
  astana: [71.4491, 51.1694],
  ashgabat: [58.3261, 37.9601],
  samarqand: [66.9597, 39.6542],
  turkistan: [68.2518, 43.2973],
  khujand: [69.6222, 40.2826],
  dushanbe: [68.787, 38.5598],
  almaty: [76.8512, 43.222],
  tashkent: [69.2401, 41.2995],
  bishkek: [74.5698, 42.8746],
  'aral-sea': [60.0, 45.0],
};
