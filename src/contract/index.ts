/** The run contract between the hosts (page, worker, CLI, checker) and the Python runtime. */
export * from "./names";
export * from "./run";
export { buildRunRequest, type CompleteRunRequest } from "./request";
export {
  compileRunContract,
  decodeRunResult,
  RunContractError,
  runRequestErrors,
} from "./validate";
