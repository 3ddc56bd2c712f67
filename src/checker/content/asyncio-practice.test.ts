// The content tests of the course module "asyncio-practice" (see ./suite.ts).
import { describeModuleContent } from "./suite";

describeModuleContent("asyncio-practice");
