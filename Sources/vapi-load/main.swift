import Foundation
import TrustAuthority
import VAPIClient
import VAPIWire

// vapi-load: N SDK-shaped clients (own connection and session each, JSON-RPC as the Python SDK sends it)
// against a served lab for a fixed time, each repeating providers.get$task + tasks.get. Prints one JSON line:
// pairs done, p50/p99/max of the pair, errors, and the server's resident memory sampled each second.
// Usage: vapi-load --port P --ca FILE [--clients 50] [--seconds 30] [--server-pid PID] [--provider bench] [--rate PAIRS]
// Without --rate, a closed loop: each client sends its next pair as soon as the last one is answered (the latency is
// mostly queueing). With --rate, an open loop: the clients together send PAIRS pairs per second, each on a fixed
// schedule, and a pair's latency runs from its scheduled send time (a late send counts against the server: no
// coordinated omission); "serviceP50ms"/"serviceP99ms" are from the actual send.

let options = LoadOptions.parse(Array(CommandLine.arguments.dropFirst()))
let outcome = await LoadRun(options: options).run()
print(outcome)
exit(outcome.contains("\"errors\":0,") ? 0 : 1)
