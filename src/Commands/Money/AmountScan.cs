namespace Conversational.Commands.Money;

/// <summary>What <see cref="AmountReader"/> found at a position.</summary>
internal enum AmountScanStatus
{
    /// <summary>No amount starts here; nothing was consumed.</summary>
    None,

    /// <summary>An amount, read up to <see cref="AmountScan.End"/>.</summary>
    Read,

    /// <summary>Something meant as an amount that cannot be one; <see cref="AmountScan.Error"/> says why.</summary>
    Invalid,
}

/// <summary>The outcome of reading an amount: where it ends, and the amount or the reason it is refused.</summary>
internal readonly record struct AmountScan(
    AmountScanStatus Status, int End, Amount Amount, ParseErrorCode Error = default, string? Currency = null)
{
    public static readonly AmountScan None = new(AmountScanStatus.None, 0, default);

    public static AmountScan Invalid(ParseErrorCode error, int end, string? currency = null) =>
        new(AmountScanStatus.Invalid, end, default, error, currency);
}
