namespace Conversational.Bots.Channels.Twilio;

/// <summary>
/// What the Twilio adapter says itself, in English, French and Arabic: the answer to HELP from someone who opted out,
/// which carriers require (the program's name, how to get help, how to resume), while nothing else is sent to them.
/// </summary>
internal sealed record TwilioTexts(string Stopped, string Resume, string Contact)
{
    private static readonly TwilioTexts English = new(
        "{0}: you have unsubscribed and will get no more messages.",
        "Reply START to subscribe again.",
        "Help: {0}.");

    private static readonly TwilioTexts French = new(
        "{0} : désabonnement enregistré, vous ne recevrez plus de messages.",
        "Répondez START pour vous réabonner.",
        "Aide : {0}.");

    private static readonly TwilioTexts Arabic = new(
        "{0}: لقد ألغيت اشتراكك ولن تصلك رسائل أخرى.",
        "أرسل START لإعادة الاشتراك.",
        "للمساعدة: {0}.");

    /// <summary>The texts for a language tag ("fr", "ar-TN"); English for any other.</summary>
    public static TwilioTexts For(string? language) =>
        language is null ? English
        : language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? French
        : language.StartsWith("ar", StringComparison.OrdinalIgnoreCase) ? Arabic
        : English;

    /// <summary>The answer to HELP after STOP, with the program's name and, when set, the support contact.</summary>
    public string HelpWhileStopped(string program, string? contact)
    {
        var provider = System.Globalization.CultureInfo.InvariantCulture;
        var text = string.Format(provider, Stopped, program) + " " + Resume;
        return string.IsNullOrWhiteSpace(contact) ? text : text + " " + string.Format(provider, Contact, contact);
    }
}
