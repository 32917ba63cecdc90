import Foundation

/// Where an operation lives in the REST forms: method, path template under `/api` (`{cluster}` is the
/// input field `cluster`), which input field the JSON body is, and which structure the query fills.
struct RESTRoute: Sendable {
    enum Part: Sendable, Equatable {
        case literal(String)
        case field(String)
    }

    let method: String
    let parts: [Part]
    let bodyField: String?
    /// List filters: the query parameters are the fields of this input structure (e.g. `spec`).
    let queryStructure: String?

    init(_ method: String, _ template: String, body: String? = nil, query: String? = nil) {
        self.method = method
        parts = template.split(separator: "/").map { part in
            part.hasPrefix("{") && part.hasSuffix("}") ? .field(String(part.dropFirst().dropLast())) : .literal(String(part))
        }
        bodyField = body
        queryStructure = query
    }

    /// The path fields when `components` (the path after `/api`, split at `/`) fits this route.
    func match(_ components: [Substring]) -> [(String, String)]? {
        guard components.count == parts.count else { return nil }
        var fields: [(String, String)] = []
        for (part, component) in zip(parts, components) {
            switch part {
            case .literal(let text): guard component == text else { return nil }
            case .field(let name): fields.append((name, String(component).removingPercentEncoding ?? String(component)))
            }
        }
        return fields
    }

    /// Whether `components` fits the path whatever the method (for 405 rather than 404).
    func matchesPath(_ components: [Substring]) -> Bool { match(components) != nil }
}
