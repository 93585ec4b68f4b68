import { fileURLToPath } from "node:url";
import { defineFrontendCodegen } from "@dongting/ui-kit/codegen";

// `pnpm run codegen` types the operations written with graphql() in src/ and writes src/gql/.
export default defineFrontendCodegen({ root: fileURLToPath(new URL(".", import.meta.url)) });
