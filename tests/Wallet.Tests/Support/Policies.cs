namespace Conversational.Wallet.Tests.Support;

/// <summary>Builds a <see cref="WalletPolicy"/> from the defaults with a few settings changed.</summary>
public static class Policies
{
    /// <summary>The defaults, changed by <paramref name="change"/>, read and checked by <see cref="WalletPolicy.From"/>.</summary>
    public static WalletPolicy With(Action<WalletOptions> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var options = WalletOptions.Defaults();
        change(options);
        return WalletPolicy.From(options);
    }

    /// <summary>The defaults plus US dollars, so a test can mix currencies.</summary>
    public static WalletPolicy EuroAndDollar { get; } = With(o => o.Currencies["USD"] = new CurrencyLimitsOptions());

    /// <summary>
    /// Caps and per-transfer limits so high that only the funds limit a verified payer (the concurrency tests).
    /// </summary>
    public static WalletPolicy FundsOnly { get; } = With(o =>
    {
        var eur = o.Currencies["EUR"];
        eur.PersonToPersonMax = "900000.00";
        eur.CharityMax = "900000.00";
        eur.MerchantMax = "900000.00";
        eur.DailyCap = "10000000.00";
        eur.MonthlyCap = "10000000.00";
    });
}
