using PhoneNumbers;

namespace Conversational.Bots.Commerce.Purchases;

/// <summary>A person's time zone from their phone number (libphonenumber's data), for the quiet hours of reminders.</summary>
internal static class TimeZones
{
    private static readonly PhoneNumberToTimeZonesMapper Mapper = PhoneNumberToTimeZonesMapper.GetInstance();
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>The number's IANA time zone when the data gives exactly one that this machine knows; else null.</summary>
    public static string? Of(string? e164)
    {
        if (e164 is null)
        {
            return null;
        }
        try
        {
            var zones = Mapper.GetTimeZonesForNumber(Util.Parse(e164, null));
            return zones.Count == 1 && TimeZoneInfo.TryFindSystemTimeZoneById(zones[0], out _) ? zones[0] : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
