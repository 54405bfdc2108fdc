using System.Collections.Frozen;

namespace Conversational.Wallet;

/// <summary>
/// The money rules in force, read once from <see cref="WalletOptions"/> and checked: both stores apply
/// exactly these numbers.
/// </summary>
public sealed class WalletPolicy
{
    /// <summary>
    /// The highest per-transfer limit a setting may give, in minor units: fee × amount must stay below 2^53 so the
    /// Redis scripts' Lua numbers (doubles) compute refunds' fee shares exactly.
    /// </summary>
    public const long MaxTransactionMinor = 90_000_000;

    private readonly FrozenDictionary<string, CurrencyLimits> _limits;

    private WalletPolicy(
        FrozenDictionary<string, CurrencyLimits> limits, TimeSpan pendingClaimPeriod, IReadOnlySet<int> feePlans,
        CarrierBillingPolicy carrier, int storeAttempts)
    {
        _limits = limits;
        PendingClaimPeriod = pendingClaimPeriod;
        MerchantFeePlans = feePlans;
        Carrier = carrier;
        StoreAttempts = storeAttempts;
    }

    public TimeSpan PendingClaimPeriod { get; }

    public IReadOnlySet<int> MerchantFeePlans { get; }

    public CarrierBillingPolicy Carrier { get; }

    public int StoreAttempts { get; }

    /// <summary>The currencies the wallet holds, sorted.</summary>
    public IReadOnlyList<string> Currencies => [.. _limits.Keys.Order(StringComparer.Ordinal)];

    public CurrencyLimits? LimitsFor(Currency currency) => _limits.GetValueOrDefault(currency.Code);

    /// <summary>The policy of DESIGN.md's defaults.</summary>
    public static WalletPolicy Default { get; } = From(WalletOptions.Defaults());

    /// <summary>Reads and checks the options; throws <see cref="WalletOptionsException"/> listing every problem.</summary>
    public static WalletPolicy From(WalletOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        var limits = new Dictionary<string, CurrencyLimits>(StringComparer.Ordinal);
        if (options.Currencies.Count == 0)
        {
            problems.Add("Wallet:Currencies must list at least one currency.");
        }
        foreach (var (code, o) in options.Currencies)
        {
            if (Currency.Find(code) is not { } currency || currency.Code != code)
            {
                problems.Add($"Wallet:Currencies:{code} is not an upper-case ISO 4217 currency code.");
                continue;
            }
            var read = new AmountReader(problems, $"Wallet:Currencies:{code}", currency);
            var l = new CurrencyLimits(currency,
                read.Positive(nameof(o.PersonToPersonMax), o.PersonToPersonMax),
                read.Positive(nameof(o.CharityMax), o.CharityMax),
                read.Positive(nameof(o.MerchantMax), o.MerchantMax),
                read.Positive(nameof(o.DailyCap), o.DailyCap),
                read.Positive(nameof(o.MonthlyCap), o.MonthlyCap),
                read.Positive(nameof(o.UnverifiedBalanceMax), o.UnverifiedBalanceMax),
                read.Positive(nameof(o.UnverifiedSpending30Days), o.UnverifiedSpending30Days));
            foreach (var (name, max) in new[] { ("PersonToPersonMax", l.PersonToPersonMax), ("CharityMax", l.CharityMax), ("MerchantMax", l.MerchantMax) })
            {
                if (max.Minor > MaxTransactionMinor)
                {
                    problems.Add($"Wallet:Currencies:{code}:{name} is above {MaxTransactionMinor} minor units, where fee arithmetic would stop being exact.");
                }
            }
            if (l.DailyCap.Minor > l.MonthlyCap.Minor)
            {
                problems.Add($"Wallet:Currencies:{code}:DailyCap ({o.DailyCap}) is above MonthlyCap ({o.MonthlyCap}).");
            }
            limits[code] = l;
        }
        if (options.PendingClaimDays is < 1 or > 365)
        {
            problems.Add($"Wallet:PendingClaimDays must be between 1 and 365 (it is {options.PendingClaimDays}).");
        }
        if (options.MerchantFeePlans.Count == 0 || options.MerchantFeePlans.Any(p => p is < 0 or > 10_000))
        {
            problems.Add("Wallet:MerchantFeePlans must list fee rates between 0 and 10000 hundredths of a percent (100 = 1 %).");
        }
        if (options.StoreAttempts is < 1 or > 10)
        {
            problems.Add($"Wallet:StoreAttempts must be between 1 and 10 (it is {options.StoreAttempts}).");
        }
        var carrier = ReadCarrier(options.CarrierBilling, problems);
        if (problems.Count > 0)
        {
            throw new WalletOptionsException(problems);
        }
        return new WalletPolicy(
            limits.ToFrozenDictionary(StringComparer.Ordinal), TimeSpan.FromDays(options.PendingClaimDays),
            options.MerchantFeePlans.ToFrozenSet(), carrier, options.StoreAttempts);
    }

    private static CarrierBillingPolicy ReadCarrier(CarrierBillingOptions o, List<string> problems)
    {
        const string Prefix = "Wallet:CarrierBilling";
        var currency = Currency.Find(o.Currency);
        if (currency != Currency.Eur)
        {
            problems.Add($"{Prefix}:Currency must be EUR: phone bills and the EU ceilings are in euros (it is '{o.Currency}').");
            currency = Currency.Eur;
        }
        var read = new AmountReader(problems, Prefix, currency.Value);
        var max = read.Positive(nameof(o.MaxPerPurchase), o.MaxPerPurchase);
        var cap = read.Positive(nameof(o.DefaultMonthlyCap), o.DefaultMonthlyCap);
        if (max.Minor > CarrierBillingCeilings.PerPayment.Minor)
        {
            problems.Add($"{Prefix}:MaxPerPurchase ({o.MaxPerPurchase}) is above the EU ceiling of {CarrierBillingCeilings.PerPayment} per payment.");
        }
        if (cap.Minor > CarrierBillingCeilings.PerMonth.Minor)
        {
            problems.Add($"{Prefix}:DefaultMonthlyCap ({o.DefaultMonthlyCap}) is above the EU ceiling of {CarrierBillingCeilings.PerMonth} per month.");
        }
        if (o.WarningPercent is < 1 or > 100)
        {
            problems.Add($"{Prefix}:WarningPercent must be between 1 and 100 (it is {o.WarningPercent}).");
        }
        var tiers = new Dictionary<char, Money>();
        if (o.Tiers.Count == 0)
        {
            problems.Add($"{Prefix}:Tiers must give at least one short-code tier (first digit → price).");
        }
        foreach (var (digit, text) in o.Tiers)
        {
            if (digit is not { Length: 1 } || !char.IsAsciiDigit(digit[0]))
            {
                problems.Add($"{Prefix}:Tiers:{digit} must be a single digit (the short code's first digit).");
                continue;
            }
            var price = read.Positive($"Tiers:{digit}", text);
            if (price.Minor > max.Minor)
            {
                problems.Add($"{Prefix}:Tiers:{digit} ({text}) is above MaxPerPurchase ({o.MaxPerPurchase}).");
            }
            tiers[digit[0]] = price;
        }
        return new CarrierBillingPolicy(max, cap, o.WarningPercent, tiers.ToFrozenDictionary());
    }

    /// <summary>Reads amounts of one currency, collecting problems instead of stopping at the first.</summary>
    private sealed class AmountReader(List<string> problems, string prefix, Currency currency)
    {
        public Money Positive(string name, string? text)
        {
            try
            {
                var money = Money.ParseInvariant(text ?? "", currency);
                if (money.Minor > 0)
                {
                    return money;
                }
                problems.Add($"{prefix}:{name} must be above zero.");
            }
            catch (FormatException e)
            {
                problems.Add($"{prefix}:{name}: {e.Message}");
            }
            catch (OverflowException)
            {
                problems.Add($"{prefix}:{name} ({text}) is too large.");
            }
            return Money.Zero(currency);
        }
    }
}
