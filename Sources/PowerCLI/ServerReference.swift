/// Which provider and server a KeyProviderServer object stands for.
struct ServerReference: Sendable {
    let provider: String
    let server: String
}
