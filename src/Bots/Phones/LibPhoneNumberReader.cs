using Conversational.Commands;
using PhoneNumbers;

namespace Conversational.Bots.Phones;

/// <summary>Reads phone numbers with libphonenumber (Google's metadata): national forms of the default region,
/// international forms of any region, valid numbers only.</summary>
internal sealed class LibPhoneNumberReader : IPhoneNumberReader
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public bool TryReadE164(string written, string defaultRegion, out string e164)
    {
        e164 = "";
        try
        {
            var number = Util.Parse(written, defaultRegion);
            if (!Util.IsValidNumber(number))
            {
                return false;
            }
            e164 = Util.Format(number, PhoneNumberFormat.E164);
            return true;
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    /// <summary>True when libphonenumber knows the region ("FR", "TN"), for validating configuration.</summary>
    public static bool IsKnownRegion(string region) => Util.GetSupportedRegions().Contains(region);
}
