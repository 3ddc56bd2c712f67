// The content tests of the course module "choosing" (see ./suite.ts).
import { describeModuleContent } from "./suite";

describeModuleContent("choosing");
