// The content tests of the course module "threading" (see ./suite.ts).
import { describeModuleContent } from "./suite";

describeModuleContent("threading");
