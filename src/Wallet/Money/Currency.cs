using Conversational.Shared;

namespace Conversational.Wallet;

/// <summary>An ISO 4217 currency with its number of decimals (EUR 2, JPY 0, TND 3).</summary>
public readonly record struct Currency
{
    private Currency(string code, int exponent)
    {
        Code = code;
        Exponent = exponent;
    }

    public static readonly Currency Eur = Of("EUR");

    /// <summary>The upper-case ISO 4217 code.</summary>
    public string Code { get; }

    /// <summary>How many decimals the minor unit has.</summary>
    public int Exponent { get; }

    /// <summary>A known ISO 4217 code (upper case), or null.</summary>
    public static Currency? Find(string? code) =>
        code is not null && Iso4217.TryFind(code, out var canonical, out var exponent) ? new Currency(canonical, exponent) : null;

    /// <summary>A known ISO 4217 code; throws for anything else.</summary>
    public static Currency Of(string code) =>
        Find(code) ?? throw new ArgumentException($"'{code}' is not an ISO 4217 currency code.", nameof(code));

    public override string ToString() => Code ?? "";
}
