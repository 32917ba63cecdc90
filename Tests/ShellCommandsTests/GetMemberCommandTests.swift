import Testing
import TestSupport

/// Get-Member: members of each distinct input type once, filtered by name (positional, wildcards) and
/// `-MemberType` (alias `-Type`, a fixed set); `-InputObject` takes one object.
/// https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/get-member?view=powershell-5.1
@Suite struct GetMemberCommandTests {
    private let item = "$o = [pscustomobject]@{ Alpha = 1; Beta = 'b' }; "

    @Test func membersAreFilteredByNameAndMemberType() {
        #expect(output(of: item + "$o | Get-Member -MemberType NoteProperty | ForEach-Object { $_.Name }") == "Alpha\nBeta")
        #expect(output(of: item + "$o | Get-Member B* | ForEach-Object { $_.Definition }") == "string Beta=b")
        #expect(output(of: item + "Get-Member -InputObject $o -Name *Code -Type Method | ForEach-Object { $_.Name }") == "GetHashCode")
        #expect(output(of: item + "$o | Get-Member -MemberType Methods -Static -Force | Measure-Object | ForEach-Object { $_.Count }") == "4")
    }

    @Test func eachTypeIsListedOnce() {
        #expect(output(of: "'a', 'b', 1 | Get-Member -Name Length, CompareTo | ForEach-Object { $_.TypeName + ' ' + $_.Name }")
                == "System.String CompareTo\nSystem.String Length\nSystem.Int32 CompareTo")
    }

    @Test func aMemberTypeOutsideTheSetIsRefused() {
        let text = output(of: "try { 1 | Get-Member -MemberType Bogus } catch { $_.FullyQualifiedErrorId }")
        #expect(text == "ParameterArgumentValidationError,Microsoft.PowerShell.Commands.GetMemberCommand")
    }

    @Test func withoutInputThereIsNothingToDescribe() {
        #expect(output(of: "Get-Member -ErrorAction SilentlyContinue; $Error[0].FullyQualifiedErrorId") == "NoObjectInGetMember,Microsoft.PowerShell.Commands.GetMemberCommand")
    }
}
