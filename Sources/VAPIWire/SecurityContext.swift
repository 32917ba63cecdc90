/// `ctx.securityCtx` of a JSON-RPC request: user and password (login), a session id, or nothing.
public enum SecurityContext: Sendable, Equatable {
    case none
    case userPassword(user: String, password: String)
    case session(String)

    static let userPasswordScheme = "com.vmware.vapi.std.security.user_pass"
    static let sessionScheme = "com.vmware.vapi.std.security.session_id"

    init(json: JSONValue?) {
        guard let json, case .object = json else {
            self = .none
            return
        }
        switch json["schemeId"]?.stringValue {
        case Self.userPasswordScheme?:
            self = .userPassword(user: json["userName"]?.stringValue ?? "", password: json["password"]?.stringValue ?? "")
        case Self.sessionScheme?:
            self = .session(json["sessionId"]?.stringValue ?? "")
        default:
            self = .none
        }
    }

    var json: JSONValue? {
        switch self {
        case .none: return nil
        case .userPassword(let user, let password):
            return .object([JSONMember("schemeId", .string(Self.userPasswordScheme)), JSONMember("userName", .string(user)),
                            JSONMember("password", .string(password))])
        case .session(let id):
            return .object([JSONMember("schemeId", .string(Self.sessionScheme)), JSONMember("sessionId", .string(id))])
        }
    }
}
