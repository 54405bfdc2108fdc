namespace Conversational.Bots.Channels.Telegram;

/// <summary>The few words the Telegram adapter says itself, in English, French and Arabic.</summary>
internal sealed record TelegramTexts(string AnsweredInPrivate, string ButtonExpired)
{
    private static readonly TelegramTexts English = new(
        "I've answered you in private.",
        "This button has expired. Please write your request again.");

    private static readonly TelegramTexts French = new(
        "Je vous ai répondu en privé.",
        "Ce bouton a expiré. Écrivez à nouveau votre demande.");

    private static readonly TelegramTexts Arabic = new(
        "أجبتك في رسالة خاصة.",
        "انتهت صلاحية هذا الزر. يرجى كتابة طلبك من جديد.");

    /// <summary>The texts for a language tag ("fr", "ar-TN"); English for any other.</summary>
    public static TelegramTexts For(string? language) =>
        language is null ? English
        : language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? French
        : language.StartsWith("ar", StringComparison.OrdinalIgnoreCase) ? Arabic
        : English;
}
