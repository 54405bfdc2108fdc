namespace Conversational.Bots.Channels.BotFramework;

/// <summary>The few words the Bot Framework adapter says itself, in English, French and Arabic.</summary>
internal sealed record BotFrameworkTexts(string PrivateOnly)
{
    private static readonly BotFrameworkTexts English = new(
        "I only handle money in a private chat: open a chat with me to send, give or buy.");

    private static readonly BotFrameworkTexts French = new(
        "Je ne traite l'argent qu'en conversation privée : ouvrez une conversation avec moi pour envoyer, donner ou acheter.");

    private static readonly BotFrameworkTexts Arabic = new(
        "لا أتعامل مع المال إلا في محادثة خاصة: افتح محادثة معي للإرسال أو التبرع أو الشراء.");

    /// <summary>The texts for a locale ("fr-FR", "ar"); English for any other.</summary>
    public static BotFrameworkTexts For(string? locale) =>
        locale is null ? English
        : locale.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? French
        : locale.StartsWith("ar", StringComparison.OrdinalIgnoreCase) ? Arabic
        : English;
}
