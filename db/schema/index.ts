// Every table of the portal; one file per part of it.
export * from "./users";
export * from "./audit";
export * from "./mail";
export * from "./accounts";
export * from "./sessions";
export * from "./email-tokens";
export * from "./throttle";
export * from "./ideas";
export * from "./news";
export * from "./agenda";
export * from "./agenda-old-slugs";
export * from "./cache";
export * from "./second-factor";
export * from "./subscriptions";
export * from "./organisations";
export * from "./idea-comments";
export * from "./idea-milestones";
