# Private helpers of VtaRunbook: not exported, used by the public functions only.

function Format-RunbookLine {
    param(
        [int]$Number,
        [string]$Text
    )
    '[{0:D2}] {1}' -f $Number, $Text
}

function ConvertTo-RunbookOutcome {
    param([bool]$Succeeded)
    if ($Succeeded) { 'OK' } else { 'FAILED' }
}
