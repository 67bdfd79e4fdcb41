/**
 * `node dist/apps/chain-sim/src/main.js <gateway-url> [files…]`: plays the GGk for a running gateway —
 * listens for its deliveries (on CHAIN_SIM_PORT, default 3100) and sends the given message files in Di01
 * envelopes, printing each answer.
 */
import { readFileSync } from 'node:fs';
import { detect } from '../../../libs/istandaarden/src/index.js';
import { ChainSim } from './chain-sim.js';

const [gatewayUrl = 'http://127.0.0.1:3000', ...files] = process.argv.slice(2);
const sim = new ChainSim({ gatewayUrl });
const url = await sim.listen(Number(process.env.CHAIN_SIM_PORT ?? 3100));
console.log(`chain-sim: GGk endpoint at ${url} (start the gateway with GGK_URL=${url})`);
for (const file of files) {
  const payload = readFileSync(file);
  const detected = detect(payload);
  const result = await sim.send(payload, detected.ok ? detected.code : 'onbekend');
  console.log(`${file}: HTTP ${result.status} ${result.answer?.kind ?? result.raw}`);
}
if (files.length) {
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  for (const { request } of sim.delivered)
    console.log(
      `delivered to the chain: ${request.operation} ${'functie' in request.envelope.stuurgegevens ? request.envelope.stuurgegevens.functie : ''}`,
    );
  await sim.close();
}
