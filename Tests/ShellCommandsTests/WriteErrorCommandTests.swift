import Testing
import TestSupport

/// Write-Error: a non-terminating error from the message (positional or piped), an exception or an error
/// record, with the category, id, target and CategoryInfo parts the parameters give.
/// https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/write-error?view=powershell-5.1
@Suite struct WriteErrorCommandTests {
    @Test func aMessageAloneHasWriteErrorsDefaults() {
        let text = output(of: """
        Write-Error 'it broke' -ErrorAction SilentlyContinue
        $e = $Error[0]
        $e.Exception.Message; $e.FullyQualifiedErrorId; "$($e.CategoryInfo)"
        """)
        #expect(text == "it broke\nMicrosoft.PowerShell.Commands.WriteErrorException\nNotSpecified: (:) [Write-Error], WriteErrorException")
    }

    @Test func categoryIdTargetAndCategoryInfoPartsComeFromTheParameters() {
        let text = output(of: """
        Write-Error -Message 'bad' -Category InvalidData -ErrorId 'Bad.Id' -TargetObject 42 -CategoryActivity 'Act' -CategoryReason 'Why' -CategoryTargetName 'tn' -CategoryTargetType 'tt' -RecommendedAction 'fix' -ErrorAction SilentlyContinue
        $e = $Error[0]
        $e.FullyQualifiedErrorId; "$($e.CategoryInfo)"; $e.TargetObject; $e.CategoryInfo.Category
        """)
        #expect(text == "Bad.Id\nInvalidData: (tn:tt) [Act], Why\n42\nInvalidData")
    }

    @Test func theCategoryAliasesBindToo() {
        let text = output(of: "Write-Error 'x' -Activity A -Reason R -TargetName N -TargetType T -ErrorAction SilentlyContinue; \"$($Error[0].CategoryInfo)\"")
        #expect(text == "NotSpecified: (N:T) [A], R")
    }

    @Test func thePipedMessageBindsByValue() {
        #expect(output(of: "'from the pipe' | Write-Error -ErrorAction SilentlyContinue; $Error[0].Exception.Message") == "from the pipe")
    }

    @Test func anExceptionGivesItsMessage() {
        let text = output(of: "Write-Error -Exception ([pscustomobject]@{ Message = 'inner' }) -ErrorAction SilentlyContinue; $Error[0].Exception.Message")
        #expect(text == "inner")
    }

    @Test func anErrorRecordIsWrittenAgainAsItWas() {
        let text = output(of: """
        Write-Error 'first' -ErrorId First.Id -ErrorAction SilentlyContinue
        Write-Error -ErrorRecord $Error[0] -ErrorAction SilentlyContinue
        $Error.Count; $Error[0].FullyQualifiedErrorId; $Error[0].Exception.Message
        """)
        #expect(text == "2\nFirst.Id\nfirst")
    }
}
