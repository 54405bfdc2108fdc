using System.Text;
using PhoneNumbers;

namespace Conversational.Bots.Commerce.Purchases;

/// <summary>
/// The mobile operator a phone number was issued by (libphonenumber's carrier data), as the name of its carrier-billing
/// account: "orange", "sfr", "bouyguestelecom"; "unknown" when the data does not say. Numbers ported to another
/// operator keep their first operator here, as the data cannot know; the carrier settles those with each other.
/// </summary>
internal static class CarrierNames
{
    private static readonly PhoneNumberToCarrierMapper Mapper = PhoneNumberToCarrierMapper.GetInstance();
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static string Of(string e164)
    {
        try
        {
            var name = Mapper.GetNameForNumber(Util.Parse(e164, null), Locale.English);
            var account = new StringBuilder();
            foreach (var c in name)
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    account.Append(char.ToLowerInvariant(c));
                }
            }
            return account.Length > 0 ? account.ToString() : "unknown";
        }
        catch (NumberParseException)
        {
            return "unknown";
        }
    }
}
