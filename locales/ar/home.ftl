home-next-meeting = الاجتماع المقبل
home-reg-not-open = التسجيل لهذا الاجتماع غير مفتوح.
home-reg-opens = يُفتح التسجيل في { $value }.
home-reg-closed = أُغلق التسجيل في { $value }.
home-reg-open-until = التسجيل مفتوح حتى { $value }.
home-reg-open = التسجيل مفتوح.
home-all-meetings = جميع الاجتماعات، المقبلة والسابقة
home-holders = شاغلو المناصب اليوم
home-holders-none = لا يوجد في السجل منصب أو مقعد مشغول اليوم.
home-col-post = المنصب أو المقعد
home-col-holder = الشاغل
home-col-until = حتى
home-architecture = الأفرقة العاملة والمقاعد والمناصب
home-documents = أحدث الوثائق
home-documents-none = لا توجد وثائق في السجل.
home-all-documents = جميع الوثائق
home-deadlines = المواعيد النهائية خلال الأيام التسعين المقبلة
home-deadlines-none = لا يوجد في السجل موعد نهائي لأي دولة خلال الأيام التسعين المقبلة.
home-overdue = الالتزامات المتأخرة

home-seats-held = { $count ->
    [zero] لا مقعد مشغول اليوم
    [one] مقعد واحد مشغول اليوم
    [two] مقعدان مشغولان اليوم
    [few] { $count } مقاعد مشغولة اليوم
    [many] { $count } مقعدًا مشغولًا اليوم
   *[other] { $count } مقعد مشغول اليوم
}
home-last-on-record = آخر من هو مسجَّل
home-last-on-record-hint = لا يشغل أحد هذا المنصب اليوم وفق السجل؛ ويُعرض آخر شاغل مسجَّل له.
home-nothing-yet = لا يوجد بعدُ في السجل أي اجتماع أو شاغل منصب أو وثيقة أو موعد نهائي لهذه الاتفاقية.
home-held-until = (حتى { $value })
