// OpenAPI document (JSON on stdin) -> TypeScript types (stdout) with openapi-typescript. A separate Node process
// because openapi-typescript loads ESM-only dependencies that Jest's CommonJS runtime cannot require.
import openapiTS, { astToString } from 'openapi-typescript';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const ast = await openapiTS(JSON.parse(input), { alphabetize: true, exportType: true });
process.stdout.write(astToString(ast));
