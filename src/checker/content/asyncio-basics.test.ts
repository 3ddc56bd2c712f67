// The content tests of the course module "asyncio-basics" (see ./suite.ts).
import { describeModuleContent } from "./suite";

describeModuleContent("asyncio-basics");
