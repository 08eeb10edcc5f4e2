export { default } from "../(overview)/loading";
