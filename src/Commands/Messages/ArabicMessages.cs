namespace Conversational.Commands.Messages;

/// <summary>Parse errors explained in Arabic, each with the way to put it right; numbers in Arabic-Indic
/// digits.</summary>
internal static class ArabicMessages
{
    /// <summary>An unknown command close to a known one.</summary>
    public const string UnknownCommandWithSuggestion =
        "لا أعرف الأمر {fragment}. هل تقصد {suggestion}؟ أرسل «مساعدة» لرؤية الأوامر.";

    /// <summary>A target "فك الربط" cannot read.</summary>
    public const string UnlinkTargetInvalid =
        "لا أعرف ما الذي تريد فك ربطه في {fragment}. اكتب رقم هاتف أو telegram أو web ثم الاسم، مثال: {example}";

    public static string Template(ParseErrorCode code, int decimals) => code switch
    {
        ParseErrorCode.MessageEmpty => "رسالتك فارغة. أرسل «مساعدة» لمعرفة ما يمكنني فعله.",
        ParseErrorCode.MessageTooLong => "رسالتك طويلة جدًا (٤٠٩٦ حرفًا على الأكثر). أرسل رسالة أقصر.",
        ParseErrorCode.UnknownCommand => "لا أعرف الأمر {fragment}. أرسل «مساعدة» لرؤية الأوامر.",
        ParseErrorCode.AmountMissing => "كم المبلغ؟ مثال: {example}",
        ParseErrorCode.AmountZero => "يجب أن يكون المبلغ أكبر من صفر. مثال: {example}",
        ParseErrorCode.AmountNegative => "لا يمكن أن يكون المبلغ سالبًا ({fragment}). مثال: {example}",
        ParseErrorCode.AmountTooManyDecimals when decimals == 0 =>
            "العملة {currency} ليس لها منازل عشرية، و{fragment} فيه كسور. اكتب مثلًا {sample}.",
        ParseErrorCode.AmountTooManyDecimals when decimals == 2 =>
            "للعملة {currency} منزلتان عشريتان على الأكثر، و{fragment} فيه أكثر. اكتب مثلًا {sample}.",
        ParseErrorCode.AmountTooManyDecimals =>
            "للعملة {currency} {decimals} منازل عشرية على الأكثر، و{fragment} فيه أكثر. اكتب مثلًا {sample}.",
        ParseErrorCode.AmountUnknownCurrency => "لا أعرف العملة في {fragment}. اكتب رمز ISO مثل EUR أو رمزًا مثل €.",
        ParseErrorCode.AmountAmbiguousCurrency => "{fragment} قد تعني عدة عملات. اكتب بدلًا منها رمز ISO من ثلاثة أحرف، مثل {currency}.",
        ParseErrorCode.AmountConflictingCurrencies => "{fragment} يذكر عملتين مختلفتين. اكتب عملة واحدة فقط، مثل 50 EUR.",
        ParseErrorCode.AmountTooLarge => "المبلغ {fragment} كبير جدًا.",
        ParseErrorCode.AmountExponent => "اكتب المبلغ بالأرقام دون أُس: 1000 بدلًا من 1e3.",
        ParseErrorCode.AmountNotANumber => "{fragment} ليس مبلغًا. اكتب أرقامًا، مثال: {example}",
        ParseErrorCode.AmountMalformed => "لا أستطيع قراءة المبلغ {fragment}. اكتبه مثل {sample}.",
        ParseErrorCode.AmountTwoAmounts => "رسالتك تحتوي على مبلغين. أرسل مبلغًا واحدًا في كل مرة، مثال: {example}",
        ParseErrorCode.RecipientMissing => "إلى من؟ أضف @الاسم أو رقم هاتف، مثال: {example}",
        ParseErrorCode.RecipientTwoRecipients => "رسالتك تذكر مستلمَين. أرسل إلى واحد في كل مرة، مثال: {example}",
        ParseErrorCode.RecipientInvalidHandle => "{fragment} ليس اسمًا صالحًا: بعد @ من ٢ إلى ٣٢ حرفًا أو رقمًا أو _.",
        ParseErrorCode.RecipientInvalidPhone => "{fragment} ليس رقم هاتف صالحًا. اكتبه مثل ‎+33 6 12 34 56 78‎.",
        ParseErrorCode.ProductMissing => "أي منتج؟ أرسل اسمه أو رمزه، مثال: {example}",
        ParseErrorCode.QuantityInvalid => "يجب أن تكون الكمية بين ١ و٩٩٩.",
        ParseErrorCode.ReferralCodeInvalid =>
            "{fragment} ليس رمز إحالة: يتكون من ٤ إلى ١٢ حرفًا أو رقمًا، مثال: {example}",
        ParseErrorCode.LinkTargetInvalid =>
            "لا أعرف ما الذي تريد ربطه في {fragment}. اكتب رقم هاتف أو @الاسم أو telegram @الاسم أو web الاسم، مثال: {example}",
        ParseErrorCode.HandleInvalid =>
            "لا يمكن أن يكون {fragment} اسمك: من ٢ إلى ٣٢ حرفًا عربيًا (أو a-z) أو رقمًا أو _، وفيه حرف واحد على الأقل، مثال: {example}",
        _ => "لم أفهم رسالتك. أرسل «مساعدة» لمعرفة ما يمكنني فعله.",
    };

    public static string Example(CommandKind? command) => command switch
    {
        CommandKind.Donate => "تبرع ١٠ يورو @restosducoeur",
        CommandKind.Buy => "#شراء GAME42",
        CommandKind.Referral => "#إحالة R7K3QX",
        CommandKind.Link => "ربط +٣٣٦١٢٣٤٥٦٧٨",
        CommandKind.Unlink => "فك الربط +٣٣٦١٢٣٤٥٦٧٨",
        CommandKind.Handle => "#معرف lea_m",
        _ => "أرسل ١٠ يورو @lea",
    };
}
