using System.Text.Json;
using System.Text.RegularExpressions;
using Conversational.Bots.Commerce.Catalog;
using Conversational.Bots.Commerce.Faq;
using Conversational.Wallet;

namespace Conversational.Bots.Merchants;

/// <summary>
/// The merchant API's rules, each failure a sentence naming the field: a request becomes a storefront, a product or an
/// FAQ entry, or an error for a 400.
/// </summary>
internal static partial class MerchantValidation
{
    public const int MaxProductName = 80;
    public const int MaxDigitalContent = 500;
    public const int MaxStock = 1_000_000;
    public const int MaxKeywords = 20;
    public const int MaxPointsPerEuro = 100;
    public const int MaxReferralPoints = 10_000;
    public const int MaxPickupPoints = 200;
    public const int MaxAddress = 200;
    public const int MaxQuestions = 20;
    public const int MaxQuestion = 300;
    public const int MaxAnswer = 1000;
    public const int MaxNote = 500;
    public const int MaxAdvisorName = 40;
    public const int MaxAdvisorText = 1000;

    /// <summary>The languages the service speaks, for product names and FAQ entries.</summary>
    public static readonly IReadOnlyList<string> Languages = ["en", "fr", "ar"];

    [GeneratedRegex("^[A-Za-z0-9_-]{1,40}$")]
    public static partial Regex Sku();

    [GeneratedRegex("^[A-Z0-9]{2,12}$")]
    private static partial Regex Keyword();

    [GeneratedRegex("^[a-z0-9-]{1,40}$")]
    public static partial Regex FaqId();

    /// <summary>The API's name of an enum value: "relayPoint", "readyForPickup".</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>"home, work, relayPoint, clickAndCollect or locker".</summary>
    public static string Names<TEnum>(IEnumerable<TEnum> values)
        where TEnum : struct, Enum
    {
        var names = values.Select(Name).ToList();
        return names.Count <= 1 ? string.Concat(names) : string.Join(", ", names[..^1]) + " or " + names[^1];
    }

    /// <summary>Reads an enum by its API name, in any case, with '_' or '-' between words ("ready_for_pickup"); never by number.</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        var wanted = text?.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(candidate.ToString(), wanted, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }

    public static Checked<Storefront> ToStorefront(string merchant, StorefrontRequest request, string? apiKeyHash, WalletPolicy policy)
    {
        var shortCode = string.IsNullOrWhiteSpace(request.ShortCode) ? null : request.ShortCode.Trim();
        if (shortCode is not null && policy.Carrier.TierPrice(shortCode) is null)
        {
            return $"\"shortCode\" must be 5 digits whose first gives a price tier ({string.Join(", ", policy.Carrier.Tiers.Keys.Order())}), or null.";
        }
        var points = new List<PickupPoint>();
        foreach (var (body, i) in (request.PickupPoints ?? []).Select((p, i) => (p, i)))
        {
            var where = $"\"pickupPoints[{i}]";
            if (body is null)
            {
                return $"{where}\" must be an object.";
            }
            if (body.Id is null || !Sku().IsMatch(body.Id))
            {
                return $"{where}.id\" must be 1 to 40 letters, digits, '-' or '_'.";
            }
            if (points.Any(p => string.Equals(p.Id, body.Id, StringComparison.OrdinalIgnoreCase)))
            {
                return $"{where}.id\" \"{body.Id}\" is used twice.";
            }
            if (!TryParse<DeliveryMode>(body.Mode, out var mode) || !mode.NeedsPickupPoint())
            {
                return $"{where}.mode\" must be relayPoint or locker.";
            }
            if (Text(body.Name, MaxProductName) is not { } name)
            {
                return $"{where}.name\" is required: 1 to {MaxProductName} characters.";
            }
            if (Text(body.Address, MaxAddress) is not { } address)
            {
                return $"{where}.address\" is required: 1 to {MaxAddress} characters.";
            }
            if (body.Postcode?.Trim() is not { Length: >= 2 and <= 10 } postcode || !postcode.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '-'))
            {
                return $"{where}.postcode\" is required: 2 to 10 letters, digits, spaces or '-'.";
            }
            points.Add(new PickupPoint(body.Id, mode, name, address, postcode));
        }
        if (points.Count > MaxPickupPoints)
        {
            return $"\"pickupPoints\" may list at most {MaxPickupPoints} points.";
        }
        var collect = Text(request.CollectAddress, MaxAddress);
        if (request.CollectAddress is not null && collect is null)
        {
            return $"\"collectAddress\" must be 1 to {MaxAddress} characters, or null when there is no click & collect.";
        }
        if (request.PointsPerEuro is < 0 or > MaxPointsPerEuro)
        {
            return $"\"pointsPerEuro\" must be 0 to {MaxPointsPerEuro}.";
        }
        if (request.ReferralRewardPoints is < 0 or > MaxReferralPoints)
        {
            return $"\"referralRewardPoints\" must be 0 to {MaxReferralPoints}.";
        }
        var timeZone = request.TimeZone ?? "Europe/Paris";
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) || !zone.HasIanaId)
        {
            return "\"timeZone\" must be an IANA time zone such as Europe/Paris.";
        }
        return new Storefront(merchant, shortCode, points, collect, request.PointsPerEuro ?? 0, request.ReferralRewardPoints ?? 0,
            apiKeyHash, zone.Id);
    }

    public static Checked<Product> ToProduct(string merchant, string sku, ProductRequest request, WalletPolicy policy)
    {
        if (!Sku().IsMatch(sku))
        {
            return "The sku must be 1 to 40 letters, digits, '-' or '_'.";
        }
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (language, name) in request.Names ?? new Dictionary<string, string?>())
        {
            if (!Languages.Contains(language))
            {
                return $"\"names\" are given per language: en, fr or ar (not \"{language}\").";
            }
            if (Text(name, MaxProductName) is not { } text)
            {
                return $"\"names.{language}\" must be 1 to {MaxProductName} characters.";
            }
            names[language] = text;
        }
        if (names.Count == 0)
        {
            return "\"names\" must give the name in at least one language: {\"en\":\"Blue mug\",\"fr\":\"Mug bleu\"}.";
        }
        var (price, priceError) = ToPrice(request.Price, policy);
        if (priceError is not null)
        {
            return priceError;
        }
        if (!TryParse<ProductKind>(request.Kind, out var kind))
        {
            return "\"kind\" must be digital or physical.";
        }
        if (request.Stock is < 0 or > MaxStock)
        {
            return $"\"stock\" must be 0 to {MaxStock}, or null when the stock is not counted.";
        }
        var keywords = new List<string>();
        foreach (var keyword in request.Keywords ?? [])
        {
            var upper = keyword?.Trim().ToUpperInvariant();
            if (upper is null || !Keyword().IsMatch(upper))
            {
                return $"\"keywords\" are 2 to 12 letters or digits (\"{keyword}\" is not).";
            }
            if (!keywords.Contains(upper))
            {
                keywords.Add(upper);
            }
        }
        if (keywords.Count > MaxKeywords)
        {
            return $"\"keywords\" may list at most {MaxKeywords} codes.";
        }
        var modes = new List<DeliveryMode>();
        foreach (var text in request.DeliveryModes ?? [])
        {
            if (!TryParse<DeliveryMode>(text, out var mode))
            {
                return $"\"deliveryModes\" are among {Names(Enum.GetValues<DeliveryMode>())} (\"{text}\" is not).";
            }
            if (!modes.Contains(mode))
            {
                modes.Add(mode);
            }
        }
        string? content = null;
        if (kind == ProductKind.Physical)
        {
            if (modes.Count == 0)
            {
                return $"A physical product needs at least one of \"deliveryModes\": {Names(Enum.GetValues<DeliveryMode>())}.";
            }
            if (request.DigitalContent is not null)
            {
                return "Only a digital product has \"digitalContent\".";
            }
        }
        else
        {
            if (modes.Count > 0)
            {
                return "A digital product is not delivered: leave \"deliveryModes\" empty.";
            }
            content = Text(request.DigitalContent, MaxDigitalContent, allowNewLines: true);
            if (content is null)
            {
                return $"A digital product needs \"digitalContent\", the link or code the buyer receives: 1 to {MaxDigitalContent} characters.";
            }
        }
        return new Product(merchant, sku, names, price, kind, request.Stock, keywords, modes, content);
    }

    public static Checked<FaqEntry> ToFaq(string language, string id, FaqRequest request)
    {
        if (!Languages.Contains(language))
        {
            return "The language must be en, fr or ar.";
        }
        if (!FaqId().IsMatch(id))
        {
            return "The id must be 1 to 40 lower-case letters, digits or '-'.";
        }
        var questions = new List<string>();
        foreach (var question in request.Questions ?? [])
        {
            if (Text(question, MaxQuestion) is not { } text)
            {
                return $"Each of \"questions\" must be 1 to {MaxQuestion} characters.";
            }
            questions.Add(text);
        }
        if (questions.Count is 0 or > MaxQuestions)
        {
            return $"\"questions\" must list 1 to {MaxQuestions} ways of asking.";
        }
        if (Text(request.Answer, MaxAnswer, allowNewLines: true) is not { } answer)
        {
            return $"\"answer\" is required: 1 to {MaxAnswer} characters.";
        }
        return new FaqEntry(id, language, questions, answer);
    }

    /// <summary>An amount a product may cost: above zero, in a currency the wallet holds, at most one payment's limit.</summary>
    public static Checked<Money> ToPrice(MoneyBody? body, WalletPolicy policy)
    {
        if (body is null)
        {
            return "\"price\" is required: {\"minor\":1200,\"currency\":\"EUR\"} is 12.00 EUR.";
        }
        if (Currency.Find(body.Currency) is not { } currency || policy.LimitsFor(currency) is not { } limits)
        {
            return $"\"price.currency\" must be one the wallet holds: {string.Join(", ", policy.Currencies)}.";
        }
        if (body.Minor <= 0)
        {
            return "\"price.minor\" must be above zero (integer minor units: 1200 is 12.00 EUR).";
        }
        if (body.Minor > limits.MerchantMax.Minor)
        {
            return $"\"price\" must be at most {limits.MerchantMax} ({limits.MerchantMax.Minor} minor units), the limit of one payment to a merchant.";
        }
        return new Money(body.Minor, currency);
    }

    /// <summary>Trimmed text of 1 to <paramref name="max"/> characters without control characters, or null.</summary>
    public static string? Text(string? text, int max, bool allowNewLines = false)
    {
        var trimmed = text?.Trim();
        if (trimmed is not { Length: > 0 } || trimmed.Length > max)
        {
            return null;
        }
        return trimmed.Any(c => char.IsControl(c) && !(allowNewLines && c is '\n' or '\r' or '\t')) ? null : trimmed;
    }
}
