using Conversational.Commands;

namespace Conversational.Bots.Conversations.Texts;

/// <summary>Linking in Arabic, numbers and codes in Arabic-Indic digits (a code is read back in either script).</summary>
public sealed class ArabicLinkTexts : LinkTexts
{
    public static readonly ArabicLinkTexts Instance = new();

    private ArabicLinkTexts()
        : base(ArabicTexts.Instance)
    {
    }

    private static ArabicTexts Arabic => ArabicTexts.Instance;

    public override string ChannelName(string channel) => channel switch
    {
        ChannelIdentity.WebChannel => "الدردشة على الموقع",
        "telegram" => "تيليجرام",
        ChannelIdentity.SmsChannel => "الرسائل القصيرة",
        ChannelIdentity.WhatsAppChannel => "واتساب",
        "botframework" => "Teams",
        _ => channel,
    };

    public override string Code(string code) =>
        string.Create(code.Length, code, static (destination, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                destination[i] = source[i] is >= '0' and <= '9' ? (char)('\u0660' + (source[i] - '0')) : source[i];
            }
        });

    private static string Minutes(int n) => Arabic.Count(n, "لا دقائق", "دقيقة واحدة", "دقيقتين", "دقائق", "دقيقة", "دقيقة");

    protected override string UnlinkWord => "فك الربط";

    protected override string Separator => "، ";

    /// <summary>The web chat and SMS are feminine ("الدردشة", "الرسائل"); a number, a name or Telegram masculine.</summary>
    private static bool IsFeminine(string target) =>
        target.StartsWith("الدردشة", StringComparison.Ordinal) || target.StartsWith("الرسائل", StringComparison.Ordinal);

    public override string CodeSent(string target, int minutes) =>
        $"أرسلت رمزًا من ٦ أرقام إلى {target}. اكتبه هنا خلال {Minutes(minutes)} لربطه بمحفظتك.";

    public override string CodeMessage(string code, string requester, int minutes) =>
        $"الرمز: {Code(code)} (صالح {Minutes(minutes)}). يريد {requester} ربط هذه المحادثة بمحفظته. لا تعطه لأحد.";

    public override string Links(IReadOnlyList<string> linked, string unlink) =>
        "المرتبط بمحفظتك: " + string.Join("، ", linked) + ".\n"
        + "لربط قناة أخرى: ربط +٣٣٦١٢٣٤٥٦٧٨ (أو ربط telegram @الاسم، ربط web الاسم)."
        + (linked.Count > 1 && unlink.Length > 0 ? " لفك ربط إحداها: " + unlink : "");

    public override string NeedsName(LinkTargetKind kind) => kind == LinkTargetKind.Telegram
        ? "أي حساب تيليجرام؟ اكتب اسم المستخدم: ربط telegram @الاسم"
        : "أي اسم في الدردشة على الموقع؟ اكتبه: ربط web الاسم";

    public override string UnknownTarget(string target) =>
        $"لا أعرف {target}. يجب أن يراسلني مرة أولًا، ثم اطلب من جديد.";

    public override string ChannelOff(string target) =>
        $"لا أستطيع إرسال رمز إلى {target}: هذه القناة غير موصولة بهذه الخدمة.";

    public override string NotAPerson(string target) =>
        $"{target} متجر أو جمعية: لا يُربط إلا ما يخص شخصًا من محادثات.";

    public override string AlreadyLinked(string target) => IsFeminine(target) ? $"{target} مرتبطة بمحفظتك من قبل." : $"{target} مرتبط بمحفظتك من قبل.";

    public override string TargetOptedOut(string target) =>
        $"طلب {target} ألّا تصله رسائل منا (STOP)، فلا يمكنني إرسال رمز إليه. أرسل START منه أولًا.";

    public override string TooManyCodes(string target) =>
        $"أُرسلت رموز كثيرة إلى {target} مؤخرًا. حاول من جديد بعد ساعة.";

    public override string Locked(int minutes) =>
        $"رموز خاطئة كثيرة: الربط موقوف لمدة {Minutes(minutes)}. لم يُربط شيء.";

    public override string WrongCode(int triesLeft) =>
        $"هذا الرمز غير صحيح. المحاولات المتبقية: {Number(triesLeft)}.";

    public override string CodeExpired(int minutes) =>
        $"انتهت صلاحية هذا الرمز بعد {Minutes(minutes)} ولم يُربط شيء. أرسل «ربط» من جديد لتحصل على رمز آخر.";

    public override string NoLinkWaiting => "لا يوجد ربط ينتظر رمزًا هنا. اكتب الرمز في المحادثة التي طلبت الربط.";

    public override string LinkCancelled => "أُلغي الربط: لم يعد الرمز صالحًا.";

    public override string Linked(string target, string undo) =>
        (IsFeminine(target)
            ? $"تم الربط: صارت {target} وهذه المحادثة تتشاركان محفظة واحدة: الرصيد نفسه والسجل نفسه والعناوين المحفوظة نفسها."
            : $"تم الربط: صار {target} وهذه المحادثة يتشاركان محفظة واحدة: الرصيد نفسه والسجل نفسه والعناوين المحفوظة نفسها.")
        + (undo.Length > 0 ? " للتراجع: " + undo : "");

    public override string JoinedOther(string target) =>
        $"تم الربط: صارت هذه المحادثة تستخدم محفظة {target}: رصيدها وسجلها وعناوينها. كانت محفظة هذه المحادثة فارغة.";

    public override string BothUsed(string target) =>
        $"لم يتم الربط: لدى {target} محفظة خاصة فيها مال أو حركات، ولهذه المحادثة محفظة مثلها. "
        + "لا أدمج محفظتين مستعملتين أبدًا؛ يمكنك الاستمرار في استعمال كل منهما على حدة.";

    public override string Changed => "تغيّر شيء في الطرف الآخر في هذه الأثناء ولم يُربط شيء. أرسل «ربط» من جديد.";

    public override string LinkedNotice(string owner) =>
        $"صارت هذه المحادثة مرتبطة بمحفظة {owner}. إن لم يكن هذا أنت، فأرسل «فك الربط» هنا.";

    public override string Unlinked(string what) => IsFeminine(what)
        ? $"تم فك الربط: لم تعد {what} تصل إلى محفظتك."
        : $"تم فك الربط: لم يعد {what} يصل إلى محفظتك.";

    public override string UnlinkedNotice(string owner) =>
        $"لم تعد هذه المحادثة مرتبطة بمحفظة {owner}. رسالتك التالية هنا تفتح محفظة جديدة فارغة.";

    public override string LastIdentity => "هذه هي المحادثة الوحيدة التي تصل إلى محفظتك، فلا يمكن فك ربطها.";

    public override string NotLinked(string what) =>
        IsFeminine(what) ? $"{what} غير مرتبطة بمحفظتك." : $"{what} غير مرتبط بمحفظتك.";

    public override string HandleShown(string? handle) => handle is null
        ? "ليس لديك @اسم بعد. اختر واحدًا بـ #معرف ثم الاسم: عندها يمكن للآخرين أن يرسلوا إليك المال بـ @الاسم."
        : $"اسمك @{handle}: يرسل إليك الآخرون المال بـ أرسل ٥ يورو @{handle}. لتغييره: #معرف ثم اسم جديد.";

    public override string HandleSet(string handle) =>
        $"تم: اسمك الآن @{handle}. يرسل إليك الآخرون المال بـ أرسل ٥ يورو @{handle}.";

    public override string HandleTaken(string handle) => $"@{handle} غير متاح. اختر اسمًا آخر من فضلك.";

    public override string LanguageShown(Language? preferred) => (preferred switch
    {
        Language.English => "الرسائل التي أرسلها إليك من تلقاء نفسي (الإشعارات والتذكيرات) بالإنجليزية.",
        Language.French => "الرسائل التي أرسلها إليك من تلقاء نفسي (الإشعارات والتذكيرات) بالفرنسية.",
        Language.Arabic => "الرسائل التي أرسلها إليك من تلقاء نفسي (الإشعارات والتذكيرات) بالعربية.",
        _ => "الرسائل التي أرسلها إليك من تلقاء نفسي (الإشعارات والتذكيرات) بلغة آخر رسالة كتبتها.",
    }) + " للاختيار: #لغة ar أو fr أو en، أو #لغة تلقائي.";

    public override string LanguageSet =>
        "تم: ستكون الرسائل التي أرسلها إليك من تلقاء نفسي (الإشعارات والتذكيرات) بالعربية في كل محادثاتك. «#لغة تلقائي» للتراجع.";

    public override string LanguageAutomatic =>
        "تم: ستكون الرسائل التي أرسلها إليك من تلقاء نفسي بلغة آخر رسالة كتبتها.";

    public override string Help =>
        "لاستعمال محفظة واحدة من عدة محادثات: ربط +٣٣٦١٢٣٤٥٦٧٨ (أو ربط telegram @الاسم، ربط web الاسم). "
        + "أرسل رمزًا إلى هناك فاكتبه هنا. «فك الربط» للتراجع. «#معرف الاسم» لاختيار @اسمك.";
}
