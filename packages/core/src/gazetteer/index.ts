export { actorNameIndex, actorNameSpan, getActor, governingState, isIslandState, isKnownActor, listActors, lookupActorName, regionOf } from "./actors.js";
export type { ActorNameHit, ActorNameKind } from "./actors.js";
export { cityIndex, lookupCity } from "./cities.js";
export type { City } from "./cities.js";
export { isNotTitle, maxTitleWords, roleForTitle, titleCountries, titleIndex } from "./titles.js";
