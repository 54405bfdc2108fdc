namespace Conversational.Bots.Channels.Twilio;

/// <summary>
/// What the Twilio adapter says itself, in English, French and Arabic: what carriers require in the answer to HELP
/// (the program's name, how to get help, and how to stop or to resume), after STOP when nothing else is sent, and
/// after the general help otherwise.
/// </summary>
internal sealed record TwilioTexts(string Stopped, string Resume, string Contact, string HowToStop)
{
    private static readonly TwilioTexts English = new(
        "{0}: you have unsubscribed and will get no more messages.",
        "Reply START to subscribe again.",
        "Help: {0}.",
        "{0}: reply STOP to unsubscribe.");

    private static readonly TwilioTexts French = new(
        "{0} : désabonnement enregistré, vous ne recevrez plus de messages.",
        "Répondez START pour vous réabonner.",
        "Aide : {0}.",
        "{0} : répondez STOP pour vous désabonner.");

    private static readonly TwilioTexts Arabic = new(
        "{0}: لقد ألغيت اشتراكك ولن تصلك رسائل أخرى.",
        "أرسل START لإعادة الاشتراك.",
        "للمساعدة: {0}.",
        "{0}: أرسل STOP لإلغاء الاشتراك.");

    /// <summary>The texts for a language tag ("fr", "ar-TN"); English for any other.</summary>
    public static TwilioTexts For(string? language) =>
        language is null ? English
        : language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? French
        : language.StartsWith("ar", StringComparison.OrdinalIgnoreCase) ? Arabic
        : English;

    /// <summary>The line after the general help: the program's name, how to stop and, when set, the support contact.</summary>
    public string HelpWhileSubscribed(string program, string? contact)
    {
        var provider = System.Globalization.CultureInfo.InvariantCulture;
        var text = string.Format(provider, HowToStop, program);
        return string.IsNullOrWhiteSpace(contact) ? text : text + " " + string.Format(provider, Contact, contact);
    }

    /// <summary>The answer to HELP after STOP, with the program's name and, when set, the support contact.</summary>
    public string HelpWhileStopped(string program, string? contact)
    {
        var provider = System.Globalization.CultureInfo.InvariantCulture;
        var text = string.Format(provider, Stopped, program) + " " + Resume;
        return string.IsNullOrWhiteSpace(contact) ? text : text + " " + string.Format(provider, Contact, contact);
    }
}
