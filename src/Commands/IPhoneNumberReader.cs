namespace Conversational.Commands;

/// <summary>
/// Turns a phone number as a person wrote it ("06.12.34.56.78", "+33 6 12 34 56 78") into E.164. The host
/// supplies one backed by libphonenumber, so this library keeps no dependency and no metadata of its own.
/// </summary>
public interface IPhoneNumberReader
{
    /// <param name="written">The number with its separators, digits already in ASCII.</param>
    /// <param name="defaultRegion">ISO 3166 region for national numbers ("FR").</param>
    /// <param name="e164">The number in E.164 when it is a valid number.</param>
    bool TryReadE164(string written, string defaultRegion, out string e164);
}
