export { UHRI_EXPORT_HEADER, annotationId, csvLine, prng, uhriRows } from './uhri-rows';
export { syntheticStatusClaims, type SyntheticClaim, type SyntheticClaimInput } from './demo-claims';
