/**
 * Raw rows behind `STATES` (see states.ts for the typed, documented view).
 *
 * One row per State: the 193 UN Member States plus the two non-member observer States
 * (Holy See, State of Palestine), in the alphabetical order of their UN short names.
 *
 * Columns:
 *  0 iso3    ISO 3166-1 alpha-3 (the key used throughout the product)
 *  1 iso2    ISO 3166-1 alpha-2
 *  2 m49     UN M49 numeric code, 3 digits, zero-padded
 *  3 name    UN short name (UNTERM / M49 "Country or Area")
 *  4 group   UN regional group: AF African, AP Asia-Pacific, EE Eastern European,
 *            LA Latin American and Caribbean (GRULAC), WE Western European and Others (WEOG),
 *            '' none
 *  5 area    M49 geographic area key (see M49_AREAS in states.ts)
 *  6 flags   space-separated M49 development groupings: LDC (199), LLDC (432), SIDS (722)
 *
 * Sources (checked against the lists current in 2024–2025):
 *  - UNSD, Standard country or area codes for statistical use (M49), "Overview" table
 *    (https://unstats.un.org/unsd/methodology/m49/overview/): codes, regions, LDC/LLDC/SIDS flags.
 *  - LDC: UN CDP / UN-DESA list of least developed countries, December 2024: 44 countries
 *    (Bhutan graduated 13 Dec 2023, Sao Tome and Principe 13 Dec 2024; Vanuatu 2020,
 *    Equatorial Guinea 2017 earlier). Bangladesh, Lao PDR, Nepal (2026) and Solomon Islands (2027)
 *    are scheduled to graduate and are still LDCs here.
 *  - LLDC: UN-OHRLLS list of 32 landlocked developing countries.
 *  - SIDS: the UN Member States in M49 group 722 (37 after Bahrain was removed from the SIDS
 *    classification at its own request in 2023); non-member island territories are not States
 *    and are not listed here.
 *  - Regional groups: UN DGACM "Regional groups of Member States" (2024).
 */
export type RegionalGroupKey = 'AF' | 'AP' | 'EE' | 'LA' | 'WE' | '';

export type M49AreaKey =
  | 'NAF' // Africa / Northern Africa
  | 'EAF' // Africa / Sub-Saharan Africa / Eastern Africa
  | 'MAF' // Africa / Sub-Saharan Africa / Middle Africa
  | 'SAF' // Africa / Sub-Saharan Africa / Southern Africa
  | 'WAF' // Africa / Sub-Saharan Africa / Western Africa
  | 'CAR' // Americas / Latin America and the Caribbean / Caribbean
  | 'CAM' // Americas / Latin America and the Caribbean / Central America
  | 'SAM' // Americas / Latin America and the Caribbean / South America
  | 'NAM' // Americas / Northern America
  | 'CAS' // Asia / Central Asia
  | 'EAS' // Asia / Eastern Asia
  | 'SEA' // Asia / South-eastern Asia
  | 'SAS' // Asia / Southern Asia
  | 'WAS' // Asia / Western Asia
  | 'EEU' // Europe / Eastern Europe
  | 'NEU' // Europe / Northern Europe
  | 'SEU' // Europe / Southern Europe
  | 'WEU' // Europe / Western Europe
  | 'ANZ' // Oceania / Australia and New Zealand
  | 'MEL' // Oceania / Melanesia
  | 'MIC' // Oceania / Micronesia
  | 'POL'; // Oceania / Polynesia

export type StateRow = readonly [
  iso3: string,
  iso2: string,
  m49: string,
  name: string,
  group: RegionalGroupKey,
  area: M49AreaKey,
  flags: string,
];

export const STATE_ROWS: readonly StateRow[] = [
  ['AFG', 'AF', '004', 'Afghanistan', 'AP', 'SAS', 'LDC LLDC'],
  ['ALB', 'AL', '008', 'Albania', 'EE', 'SEU', ''],
  ['DZA', 'DZ', '012', 'Algeria', 'AF', 'NAF', ''],
  ['AND', 'AD', '020', 'Andorra', 'WE', 'SEU', ''],
  ['AGO', 'AO', '024', 'Angola', 'AF', 'MAF', 'LDC'],
  ['ATG', 'AG', '028', 'Antigua and Barbuda', 'LA', 'CAR', 'SIDS'],
  ['ARG', 'AR', '032', 'Argentina', 'LA', 'SAM', ''],
  ['ARM', 'AM', '051', 'Armenia', 'EE', 'WAS', 'LLDC'],
  ['AUS', 'AU', '036', 'Australia', 'WE', 'ANZ', ''],
  ['AUT', 'AT', '040', 'Austria', 'WE', 'WEU', ''],
  ['AZE', 'AZ', '031', 'Azerbaijan', 'EE', 'WAS', 'LLDC'],
  ['BHS', 'BS', '044', 'Bahamas', 'LA', 'CAR', 'SIDS'],
  ['BHR', 'BH', '048', 'Bahrain', 'AP', 'WAS', ''],
  ['BGD', 'BD', '050', 'Bangladesh', 'AP', 'SAS', 'LDC'],
  ['BRB', 'BB', '052', 'Barbados', 'LA', 'CAR', 'SIDS'],
  ['BLR', 'BY', '112', 'Belarus', 'EE', 'EEU', ''],
  ['BEL', 'BE', '056', 'Belgium', 'WE', 'WEU', ''],
  ['BLZ', 'BZ', '084', 'Belize', 'LA', 'CAM', 'SIDS'],
  ['BEN', 'BJ', '204', 'Benin', 'AF', 'WAF', 'LDC'],
  ['BTN', 'BT', '064', 'Bhutan', 'AP', 'SAS', 'LLDC'],
  ['BOL', 'BO', '068', 'Bolivia (Plurinational State of)', 'LA', 'SAM', 'LLDC'],
  ['BIH', 'BA', '070', 'Bosnia and Herzegovina', 'EE', 'SEU', ''],
  ['BWA', 'BW', '072', 'Botswana', 'AF', 'SAF', 'LLDC'],
  ['BRA', 'BR', '076', 'Brazil', 'LA', 'SAM', ''],
  ['BRN', 'BN', '096', 'Brunei Darussalam', 'AP', 'SEA', ''],
  ['BGR', 'BG', '100', 'Bulgaria', 'EE', 'EEU', ''],
  ['BFA', 'BF', '854', 'Burkina Faso', 'AF', 'WAF', 'LDC LLDC'],
  ['BDI', 'BI', '108', 'Burundi', 'AF', 'EAF', 'LDC LLDC'],
  ['CPV', 'CV', '132', 'Cabo Verde', 'AF', 'WAF', 'SIDS'],
  ['KHM', 'KH', '116', 'Cambodia', 'AP', 'SEA', 'LDC'],
  ['CMR', 'CM', '120', 'Cameroon', 'AF', 'MAF', ''],
  ['CAN', 'CA', '124', 'Canada', 'WE', 'NAM', ''],
  ['CAF', 'CF', '140', 'Central African Republic', 'AF', 'MAF', 'LDC LLDC'],
  ['TCD', 'TD', '148', 'Chad', 'AF', 'MAF', 'LDC LLDC'],
  ['CHL', 'CL', '152', 'Chile', 'LA', 'SAM', ''],
  ['CHN', 'CN', '156', 'China', 'AP', 'EAS', ''],
  ['COL', 'CO', '170', 'Colombia', 'LA', 'SAM', ''],
  ['COM', 'KM', '174', 'Comoros', 'AF', 'EAF', 'LDC SIDS'],
  ['COG', 'CG', '178', 'Congo', 'AF', 'MAF', ''],
  ['CRI', 'CR', '188', 'Costa Rica', 'LA', 'CAM', ''],
  ['CIV', 'CI', '384', "Côte d'Ivoire", 'AF', 'WAF', ''],
  ['HRV', 'HR', '191', 'Croatia', 'EE', 'SEU', ''],
  ['CUB', 'CU', '192', 'Cuba', 'LA', 'CAR', 'SIDS'],
  ['CYP', 'CY', '196', 'Cyprus', 'AP', 'WAS', ''],
  ['CZE', 'CZ', '203', 'Czechia', 'EE', 'EEU', ''],
  ['PRK', 'KP', '408', "Democratic People's Republic of Korea", 'AP', 'EAS', ''],
  ['COD', 'CD', '180', 'Democratic Republic of the Congo', 'AF', 'MAF', 'LDC'],
  ['DNK', 'DK', '208', 'Denmark', 'WE', 'NEU', ''],
  ['DJI', 'DJ', '262', 'Djibouti', 'AF', 'EAF', 'LDC'],
  ['DMA', 'DM', '212', 'Dominica', 'LA', 'CAR', 'SIDS'],
  ['DOM', 'DO', '214', 'Dominican Republic', 'LA', 'CAR', 'SIDS'],
  ['ECU', 'EC', '218', 'Ecuador', 'LA', 'SAM', ''],
  ['EGY', 'EG', '818', 'Egypt', 'AF', 'NAF', ''],
  ['SLV', 'SV', '222', 'El Salvador', 'LA', 'CAM', ''],
  ['GNQ', 'GQ', '226', 'Equatorial Guinea', 'AF', 'MAF', ''],
  ['ERI', 'ER', '232', 'Eritrea', 'AF', 'EAF', 'LDC'],
  ['EST', 'EE', '233', 'Estonia', 'EE', 'NEU', ''],
  ['SWZ', 'SZ', '748', 'Eswatini', 'AF', 'SAF', 'LLDC'],
  ['ETH', 'ET', '231', 'Ethiopia', 'AF', 'EAF', 'LDC LLDC'],
  ['FJI', 'FJ', '242', 'Fiji', 'AP', 'MEL', 'SIDS'],
  ['FIN', 'FI', '246', 'Finland', 'WE', 'NEU', ''],
  ['FRA', 'FR', '250', 'France', 'WE', 'WEU', ''],
  ['GAB', 'GA', '266', 'Gabon', 'AF', 'MAF', ''],
  ['GMB', 'GM', '270', 'Gambia', 'AF', 'WAF', 'LDC'],
  ['GEO', 'GE', '268', 'Georgia', 'EE', 'WAS', ''],
  ['DEU', 'DE', '276', 'Germany', 'WE', 'WEU', ''],
  ['GHA', 'GH', '288', 'Ghana', 'AF', 'WAF', ''],
  ['GRC', 'GR', '300', 'Greece', 'WE', 'SEU', ''],
  ['GRD', 'GD', '308', 'Grenada', 'LA', 'CAR', 'SIDS'],
  ['GTM', 'GT', '320', 'Guatemala', 'LA', 'CAM', ''],
  ['GIN', 'GN', '324', 'Guinea', 'AF', 'WAF', 'LDC'],
  ['GNB', 'GW', '624', 'Guinea-Bissau', 'AF', 'WAF', 'LDC SIDS'],
  ['GUY', 'GY', '328', 'Guyana', 'LA', 'SAM', 'SIDS'],
  ['HTI', 'HT', '332', 'Haiti', 'LA', 'CAR', 'LDC SIDS'],
  // Observer State (not a UN Member); belongs to no regional group.
  ['VAT', 'VA', '336', 'Holy See', '', 'SEU', ''],
  ['HND', 'HN', '340', 'Honduras', 'LA', 'CAM', ''],
  ['HUN', 'HU', '348', 'Hungary', 'EE', 'EEU', ''],
  ['ISL', 'IS', '352', 'Iceland', 'WE', 'NEU', ''],
  ['IND', 'IN', '356', 'India', 'AP', 'SAS', ''],
  ['IDN', 'ID', '360', 'Indonesia', 'AP', 'SEA', ''],
  ['IRN', 'IR', '364', 'Iran (Islamic Republic of)', 'AP', 'SAS', ''],
  ['IRQ', 'IQ', '368', 'Iraq', 'AP', 'WAS', ''],
  ['IRL', 'IE', '372', 'Ireland', 'WE', 'NEU', ''],
  // Israel: WEOG member in New York since 2000 (on a temporary basis), later also in Geneva.
  ['ISR', 'IL', '376', 'Israel', 'WE', 'WAS', ''],
  ['ITA', 'IT', '380', 'Italy', 'WE', 'SEU', ''],
  ['JAM', 'JM', '388', 'Jamaica', 'LA', 'CAR', 'SIDS'],
  ['JPN', 'JP', '392', 'Japan', 'AP', 'EAS', ''],
  ['JOR', 'JO', '400', 'Jordan', 'AP', 'WAS', ''],
  ['KAZ', 'KZ', '398', 'Kazakhstan', 'AP', 'CAS', 'LLDC'],
  ['KEN', 'KE', '404', 'Kenya', 'AF', 'EAF', ''],
  // Kiribati belonged to no group until it joined the Asia-Pacific Group (2010).
  ['KIR', 'KI', '296', 'Kiribati', 'AP', 'MIC', 'LDC SIDS'],
  ['KWT', 'KW', '414', 'Kuwait', 'AP', 'WAS', ''],
  ['KGZ', 'KG', '417', 'Kyrgyzstan', 'AP', 'CAS', 'LLDC'],
  ['LAO', 'LA', '418', "Lao People's Democratic Republic", 'AP', 'SEA', 'LDC LLDC'],
  ['LVA', 'LV', '428', 'Latvia', 'EE', 'NEU', ''],
  ['LBN', 'LB', '422', 'Lebanon', 'AP', 'WAS', ''],
  ['LSO', 'LS', '426', 'Lesotho', 'AF', 'SAF', 'LDC LLDC'],
  ['LBR', 'LR', '430', 'Liberia', 'AF', 'WAF', 'LDC'],
  ['LBY', 'LY', '434', 'Libya', 'AF', 'NAF', ''],
  ['LIE', 'LI', '438', 'Liechtenstein', 'WE', 'WEU', ''],
  ['LTU', 'LT', '440', 'Lithuania', 'EE', 'NEU', ''],
  ['LUX', 'LU', '442', 'Luxembourg', 'WE', 'WEU', ''],
  ['MDG', 'MG', '450', 'Madagascar', 'AF', 'EAF', 'LDC'],
  ['MWI', 'MW', '454', 'Malawi', 'AF', 'EAF', 'LDC LLDC'],
  ['MYS', 'MY', '458', 'Malaysia', 'AP', 'SEA', ''],
  ['MDV', 'MV', '462', 'Maldives', 'AP', 'SAS', 'SIDS'],
  ['MLI', 'ML', '466', 'Mali', 'AF', 'WAF', 'LDC LLDC'],
  ['MLT', 'MT', '470', 'Malta', 'WE', 'SEU', ''],
  ['MHL', 'MH', '584', 'Marshall Islands', 'AP', 'MIC', 'SIDS'],
  ['MRT', 'MR', '478', 'Mauritania', 'AF', 'WAF', 'LDC'],
  ['MUS', 'MU', '480', 'Mauritius', 'AF', 'EAF', 'SIDS'],
  ['MEX', 'MX', '484', 'Mexico', 'LA', 'CAM', ''],
  ['FSM', 'FM', '583', 'Micronesia (Federated States of)', 'AP', 'MIC', 'SIDS'],
  ['MCO', 'MC', '492', 'Monaco', 'WE', 'WEU', ''],
  ['MNG', 'MN', '496', 'Mongolia', 'AP', 'EAS', 'LLDC'],
  ['MNE', 'ME', '499', 'Montenegro', 'EE', 'SEU', ''],
  ['MAR', 'MA', '504', 'Morocco', 'AF', 'NAF', ''],
  ['MOZ', 'MZ', '508', 'Mozambique', 'AF', 'EAF', 'LDC'],
  ['MMR', 'MM', '104', 'Myanmar', 'AP', 'SEA', 'LDC'],
  ['NAM', 'NA', '516', 'Namibia', 'AF', 'SAF', ''],
  ['NRU', 'NR', '520', 'Nauru', 'AP', 'MIC', 'SIDS'],
  ['NPL', 'NP', '524', 'Nepal', 'AP', 'SAS', 'LDC LLDC'],
  ['NLD', 'NL', '528', 'Netherlands (Kingdom of the)', 'WE', 'WEU', ''],
  ['NZL', 'NZ', '554', 'New Zealand', 'WE', 'ANZ', ''],
  ['NIC', 'NI', '558', 'Nicaragua', 'LA', 'CAM', ''],
  ['NER', 'NE', '562', 'Niger', 'AF', 'WAF', 'LDC LLDC'],
  ['NGA', 'NG', '566', 'Nigeria', 'AF', 'WAF', ''],
  ['MKD', 'MK', '807', 'North Macedonia', 'EE', 'SEU', 'LLDC'],
  ['NOR', 'NO', '578', 'Norway', 'WE', 'NEU', ''],
  ['OMN', 'OM', '512', 'Oman', 'AP', 'WAS', ''],
  ['PAK', 'PK', '586', 'Pakistan', 'AP', 'SAS', ''],
  ['PLW', 'PW', '585', 'Palau', 'AP', 'MIC', 'SIDS'],
  ['PAN', 'PA', '591', 'Panama', 'LA', 'CAM', ''],
  ['PNG', 'PG', '598', 'Papua New Guinea', 'AP', 'MEL', 'SIDS'],
  ['PRY', 'PY', '600', 'Paraguay', 'LA', 'SAM', 'LLDC'],
  ['PER', 'PE', '604', 'Peru', 'LA', 'SAM', ''],
  ['PHL', 'PH', '608', 'Philippines', 'AP', 'SEA', ''],
  ['POL', 'PL', '616', 'Poland', 'EE', 'EEU', ''],
  ['PRT', 'PT', '620', 'Portugal', 'WE', 'SEU', ''],
  ['QAT', 'QA', '634', 'Qatar', 'AP', 'WAS', ''],
  ['KOR', 'KR', '410', 'Republic of Korea', 'AP', 'EAS', ''],
  ['MDA', 'MD', '498', 'Republic of Moldova', 'EE', 'EEU', 'LLDC'],
  ['ROU', 'RO', '642', 'Romania', 'EE', 'EEU', ''],
  ['RUS', 'RU', '643', 'Russian Federation', 'EE', 'EEU', ''],
  ['RWA', 'RW', '646', 'Rwanda', 'AF', 'EAF', 'LDC LLDC'],
  ['KNA', 'KN', '659', 'Saint Kitts and Nevis', 'LA', 'CAR', 'SIDS'],
  ['LCA', 'LC', '662', 'Saint Lucia', 'LA', 'CAR', 'SIDS'],
  ['VCT', 'VC', '670', 'Saint Vincent and the Grenadines', 'LA', 'CAR', 'SIDS'],
  ['WSM', 'WS', '882', 'Samoa', 'AP', 'POL', 'SIDS'],
  ['SMR', 'SM', '674', 'San Marino', 'WE', 'SEU', ''],
  // Graduated from the LDC category on 13 December 2024.
  ['STP', 'ST', '678', 'Sao Tome and Principe', 'AF', 'MAF', 'SIDS'],
  ['SAU', 'SA', '682', 'Saudi Arabia', 'AP', 'WAS', ''],
  ['SEN', 'SN', '686', 'Senegal', 'AF', 'WAF', 'LDC'],
  ['SRB', 'RS', '688', 'Serbia', 'EE', 'SEU', ''],
  ['SYC', 'SC', '690', 'Seychelles', 'AF', 'EAF', 'SIDS'],
  ['SLE', 'SL', '694', 'Sierra Leone', 'AF', 'WAF', 'LDC'],
  ['SGP', 'SG', '702', 'Singapore', 'AP', 'SEA', 'SIDS'],
  ['SVK', 'SK', '703', 'Slovakia', 'EE', 'EEU', ''],
  ['SVN', 'SI', '705', 'Slovenia', 'EE', 'SEU', ''],
  ['SLB', 'SB', '090', 'Solomon Islands', 'AP', 'MEL', 'LDC SIDS'],
  ['SOM', 'SO', '706', 'Somalia', 'AF', 'EAF', 'LDC'],
  ['ZAF', 'ZA', '710', 'South Africa', 'AF', 'SAF', ''],
  ['SSD', 'SS', '728', 'South Sudan', 'AF', 'EAF', 'LDC LLDC'],
  ['ESP', 'ES', '724', 'Spain', 'WE', 'SEU', ''],
  ['LKA', 'LK', '144', 'Sri Lanka', 'AP', 'SAS', ''],
  // Observer State (not a UN Member); full member of the Asia-Pacific Group since 1986.
  ['PSE', 'PS', '275', 'State of Palestine', 'AP', 'WAS', ''],
  ['SDN', 'SD', '729', 'Sudan', 'AF', 'NAF', 'LDC'],
  ['SUR', 'SR', '740', 'Suriname', 'LA', 'SAM', 'SIDS'],
  ['SWE', 'SE', '752', 'Sweden', 'WE', 'NEU', ''],
  ['CHE', 'CH', '756', 'Switzerland', 'WE', 'WEU', ''],
  ['SYR', 'SY', '760', 'Syrian Arab Republic', 'AP', 'WAS', ''],
  ['TJK', 'TJ', '762', 'Tajikistan', 'AP', 'CAS', 'LLDC'],
  ['THA', 'TH', '764', 'Thailand', 'AP', 'SEA', ''],
  ['TLS', 'TL', '626', 'Timor-Leste', 'AP', 'SEA', 'LDC SIDS'],
  ['TGO', 'TG', '768', 'Togo', 'AF', 'WAF', 'LDC'],
  ['TON', 'TO', '776', 'Tonga', 'AP', 'POL', 'SIDS'],
  ['TTO', 'TT', '780', 'Trinidad and Tobago', 'LA', 'CAR', 'SIDS'],
  ['TUN', 'TN', '788', 'Tunisia', 'AF', 'NAF', ''],
  // Türkiye takes part in both WEOG and the Asia-Pacific Group; for electoral purposes it
  // counts as a WEOG member only, which is what is recorded here.
  ['TUR', 'TR', '792', 'Türkiye', 'WE', 'WAS', ''],
  ['TKM', 'TM', '795', 'Turkmenistan', 'AP', 'CAS', 'LLDC'],
  ['TUV', 'TV', '798', 'Tuvalu', 'AP', 'POL', 'LDC SIDS'],
  ['UGA', 'UG', '800', 'Uganda', 'AF', 'EAF', 'LDC LLDC'],
  ['UKR', 'UA', '804', 'Ukraine', 'EE', 'EEU', ''],
  ['ARE', 'AE', '784', 'United Arab Emirates', 'AP', 'WAS', ''],
  ['GBR', 'GB', '826', 'United Kingdom of Great Britain and Northern Ireland', 'WE', 'NEU', ''],
  ['TZA', 'TZ', '834', 'United Republic of Tanzania', 'AF', 'EAF', 'LDC'],
  // The United States is not a member of any regional group: it attends WEOG meetings as an
  // observer and is counted as WEOG for electoral purposes. Recorded as WEOG on purpose.
  ['USA', 'US', '840', 'United States of America', 'WE', 'NAM', ''],
  ['URY', 'UY', '858', 'Uruguay', 'LA', 'SAM', ''],
  ['UZB', 'UZ', '860', 'Uzbekistan', 'AP', 'CAS', 'LLDC'],
  ['VUT', 'VU', '548', 'Vanuatu', 'AP', 'MEL', 'SIDS'],
  ['VEN', 'VE', '862', 'Venezuela (Bolivarian Republic of)', 'LA', 'SAM', ''],
  ['VNM', 'VN', '704', 'Viet Nam', 'AP', 'SEA', ''],
  ['YEM', 'YE', '887', 'Yemen', 'AP', 'WAS', 'LDC'],
  ['ZMB', 'ZM', '894', 'Zambia', 'AF', 'EAF', 'LDC LLDC'],
  ['ZWE', 'ZW', '716', 'Zimbabwe', 'AF', 'EAF', 'LLDC'],
];
