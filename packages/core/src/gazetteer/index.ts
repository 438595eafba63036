export { actorNameIndex, getActor, isKnownActor, listActors, lookupActorName } from "./actors.js";
export type { ActorNameHit, ActorNameKind } from "./actors.js";
export { cityIndex, lookupCity } from "./cities.js";
export type { City } from "./cities.js";
export { maxTitleWords, roleForTitle, titleIndex } from "./titles.js";
