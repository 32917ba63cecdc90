import Testing
import TestSupport

/// ConvertTo-SecureString and ConvertFrom-SecureString: plain text needs `-AsPlainText -Force`; otherwise the
/// input is an "encrypted standard string", which here is ConvertFrom-SecureString's hex of UTF-16LE.
/// https://learn.microsoft.com/powershell/module/microsoft.powershell.security/convertto-securestring?view=powershell-5.1
@Suite struct SecureStringCommandTests {
    @Test func plainTextWithForceRoundTripsThroughAsPlainText() {
        #expect(output(of: "ConvertTo-SecureString 'p@ss' -AsPlainText -Force | ConvertFrom-SecureString -AsPlainText") == "p@ss")
    }

    @Test func thePipedStringBindsByValue() {
        #expect(output(of: "'piped' | ConvertTo-SecureString -AsPlainText -Force | ConvertFrom-SecureString -AsPlainText") == "piped")
    }

    @Test func plainTextWithoutForceIsRefused() {
        let text = output(of: "try { ConvertTo-SecureString 'p' -AsPlainText } catch { $_.FullyQualifiedErrorId }")
        #expect(text == "ImportSecureString_ForceRequired,Microsoft.PowerShell.Commands.ConvertToSecureStringCommand")
    }

    @Test func anEncryptedStandardStringIsUtf16LittleEndianHex() {
        let text = output(of: """
        $hex = ConvertTo-SecureString 'ab' -AsPlainText -Force | ConvertFrom-SecureString
        $hex
        ConvertFrom-SecureString -SecureString (ConvertTo-SecureString $hex) -AsPlainText
        ConvertTo-SecureString -String $hex -Key 1,2,3 | ConvertFrom-SecureString -AsPlainText
        """)
        #expect(text == "61006200\nab\nab")
    }

    @Test func textThatIsNotAnEncryptedStandardStringIsAFormatError() {
        let text = output(of: "try { ConvertTo-SecureString 'xyz' } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }")
        #expect(text == "Input string was not in a correct format.\nImportSecureString_InvalidArgument,Microsoft.PowerShell.Commands.ConvertToSecureStringCommand")
    }
}
