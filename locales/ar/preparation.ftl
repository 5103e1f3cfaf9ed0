# قائمة التحضير لاجتماع (pages/preparation.rs). تبدأ كل المفاتيح بـ prep-.
prep-title = التحضير لـ { $value }
prep-link = قائمة التحضير والمتابعة
prep-intro = ما تُعدّه وحدة دعم التنفيذ لهذا الاجتماع، وفق نموذج الاتفاقية لهذا النوع من الاجتماعات، ولكل بند موعد يحين قبل الافتتاح أو بعد الاختتام بعدد من الأيام؛ وإجراءات المتابعة الناشئة عن الاجتماع وقراراته.
prep-saved = حُفظت القائمة.
prep-problems = لم يُحفظ التغيير
prep-done-count = { $count ->
    [zero] لم يُنجز أي بند
    [one] أُنجز بند واحد
    [two] أُنجز بندان
    [few] أُنجزت { $count } بنود
    [many] أُنجز { $count } بندًا
   *[other] أُنجز { $count } بند
}
prep-overdue-count = { $count ->
    [zero] لا بنود متأخرة
    [one] بند واحد متأخر
    [two] بندان متأخران
    [few] { $count } بنود متأخرة
    [many] { $count } بندًا متأخرًا
   *[other] { $count } بند متأخر
}
prep-none = لا نموذج قائمة لهذا النوع من الاجتماعات؛ أضف البنود اللازمة.
prep-col-item = البند
prep-col-due = الموعد
prep-col-status = الحالة
prep-col-owner = المسؤول
prep-col-done = أُنجز
prep-col-change = تغيير
prep-status-done = أُنجز
prep-status-overdue = متأخر
prep-status-open = قيد الإنجاز
prep-due-label = موعد «{ $value }»
prep-owner-label = المسؤول عن «{ $value }»
prep-save-label = حفظ «{ $value }»
prep-save = حفظ
prep-add = إضافة بند
prep-follow-up = إجراءات المتابعة
prep-follow-up-none = لم ينشأ عن الاجتماع وقراراته أي إجراء متابعة.
prep-action-open = قيد التنفيذ
prep-action-done = نُفّذ
prep-action-cancelled = أُلغي
prep-all-actions = كل إجراءات المتابعة
