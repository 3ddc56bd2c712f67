// The content tests of the course module "multiprocessing" (see ./suite.ts).
import { describeModuleContent } from "./suite";

describeModuleContent("multiprocessing");
