import Foundation

/// `com.vmware.cis.session.info {user, created_time, last_accessed_time}`.
public enum SessionBinding {
    public static func info(user: String, created: Date, lastAccessed: Date) -> VAPIValue {
        .structure("com.vmware.cis.session.info", [
            ("user", .string(user)), ("created_time", DateTimeBinding.value(created)), ("last_accessed_time", DateTimeBinding.value(lastAccessed)),
        ])
    }
}
