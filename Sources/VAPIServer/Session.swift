import Foundation
import TrustAuthority

/// One logged-in client of the endpoint.
struct Session: Sendable {
    var id: String
    var user: SignedInUser
    var created: Date
    var lastAccessed: Date
}
