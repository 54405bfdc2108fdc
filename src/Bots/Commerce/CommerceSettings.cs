using Conversational.Wallet;

namespace Conversational.Bots.Commerce;

/// <summary>The <c>Commerce</c> settings: keyword purchases, abandoned carts and where questions go.</summary>
public sealed class CommerceSettings
{
    public const string Section = "Commerce";

    /// <summary>A keyword purchase above this price (in EUR, "3.00") asks for one confirmation; at or below, one message buys.</summary>
    public string KeywordConfirmAbove { get; set; } = "3.00";

    /// <summary><see cref="KeywordConfirmAbove"/> as money.</summary>
    public Money KeywordConfirmLimit => Money.ParseInvariant(KeywordConfirmAbove, Currency.Eur);

    /// <summary>Whether <see cref="KeywordConfirmAbove"/> reads as an amount.</summary>
    public bool HasValidKeywordLimit()
    {
        try
        {
            _ = KeywordConfirmLimit;
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>The most units in one purchase.</summary>
    public int MaxQuantity { get; set; } = 20;

    /// <summary>How many products a list shows at most.</summary>
    public int ListSize { get; set; } = 5;

    /// <summary>A purchase left waiting this long gets its one reminder.</summary>
    public int ReminderMinutes { get; set; } = 30;

    /// <summary>A purchase left waiting this long is dropped (its hold, if any, voided).</summary>
    public int CartExpiryHours { get; set; } = 24;

    /// <summary>No reminder from this hour (local time of the person)...</summary>
    public int QuietFromHour { get; set; } = 21;

    /// <summary>...until this hour.</summary>
    public int QuietUntilHour { get; set; } = 9;

    /// <summary>The person's time zone when neither their phone number nor the merchant says one.</summary>
    public string DefaultTimeZone { get; set; } = "Europe/Paris";

    /// <summary>WhatsApp lets a business write first only within this many hours of the person's last message.</summary>
    public int WhatsAppWindowHours { get; set; } = 24;

    /// <summary>The merchant whose catalog and FAQ answer people who have not dealt with any merchant yet (a handle), or empty.</summary>
    public string DefaultMerchant { get; set; } = "";
}
