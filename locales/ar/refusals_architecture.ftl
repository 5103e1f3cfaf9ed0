# حالات الرفض في الهيكل والمناصب والحسابات والصلاحيات والاجتماعات (المسألة 19، البند 1).


## الحسابات والصلاحيات: أسماء المستخدمين وكلمات المرور والأدوار ورموز الواجهة البرمجية
refuse-account-username = يجب أن يتألف اسم المستخدم «{ $value }» من 1 إلى 64 حرفًا أو رقمًا أو نقطة أو شرطة أو شرطة سفلية
refuse-account-password-short = { $min ->
    [zero] يجب ألا تكون كلمة المرور فارغة
    [one] يجب أن تتألف كلمة المرور من حرف واحد على الأقل
    [two] يجب أن تتألف كلمة المرور من حرفين على الأقل
    [few] يجب أن تتألف كلمة المرور من { $min } أحرف على الأقل
    [many] يجب أن تتألف كلمة المرور من { $min } حرفًا على الأقل
   *[other] يجب أن تتألف كلمة المرور من { $min } حرف على الأقل
  }
refuse-account-password-wrong = كلمة المرور الحالية غير صحيحة
refuse-account-password-same = يجب أن تختلف كلمة المرور الجديدة عن الحالية
conflict-account-username = يوجد بالفعل مستخدم باسم «{ $value }»
conflict-account-role-held = { $user } يشغل هذا الدور بالفعل
refuse-account-convention-unknown = الاتفاقية «{ $value }» غير مسجلة
refuse-account-actor-unknown = الجهة «{ $value }» غير مسجلة
refuse-account-role-unknown = «{ $value }» ليس دورًا؛ اختر أحد الأدوار التالية: admin أو isu-staff أو president أو coordinator أو focal-point أو observer
refuse-account-role-no-state = دور { $role ->
        [admin] المسؤول عن النظام
        [isu-staff] موظفي وحدة دعم التنفيذ
        [president] الرئيس
        [coordinator] المنسق
        [focal-point] جهة الاتصال
        [observer] المراقب
       *[other] «{ $role }»
      } لا يعمل باسم أي دولة؛ اترك خانة الدولة فارغة
refuse-account-lang-unknown = «{ $value }» ليست من لغات المنتج (en وfr وes وar)
refuse-role-global = دور { $role ->
        [admin] المسؤول عن النظام
        [isu-staff] موظفي وحدة دعم التنفيذ
        [president] الرئيس
        [coordinator] المنسق
        [focal-point] جهة الاتصال
        [observer] المراقب
       *[other] «{ $role }»
      } يسري على جميع الاتفاقيات؛ لا تذكر أيًا منها
refuse-role-needs-convention = دور { $role ->
        [admin] المسؤول عن النظام
        [isu-staff] موظفي وحدة دعم التنفيذ
        [president] الرئيس
        [coordinator] المنسق
        [focal-point] جهة الاتصال
        [observer] المراقب
       *[other] «{ $role }»
      } يتطلب تحديد اتفاقية (مثلًا --convention ccm)
refuse-role-needs-state = دور { $role ->
        [admin] المسؤول عن النظام
        [isu-staff] موظفي وحدة دعم التنفيذ
        [president] الرئيس
        [coordinator] المنسق
        [focal-point] جهة الاتصال
        [observer] المراقب
       *[other] «{ $role }»
      } يتطلب تحديد الدولة التي يعمل باسمها (مثلًا --actor NZL)
refuse-token-name = { $max ->
    [few] أعطِ الرمز اسمًا من 1 إلى { $max } أحرف (الغرض منه)
    [many] أعطِ الرمز اسمًا من 1 إلى { $max } حرفًا (الغرض منه)
   *[other] أعطِ الرمز اسمًا من 1 إلى { $max } حرف (الغرض منه)
  }
refuse-token-account-disabled = الحساب «{ $user }» معطل؛ لا يمكن أن تكون له رموز
refuse-token-too-many = { $max ->
    [few] لديك بالفعل { $max } رموز؛ ألغِ أولًا رمزًا لم تعد تستخدمه
    [many] لديك بالفعل { $max } رمزًا؛ ألغِ أولًا رمزًا لم تعد تستخدمه
   *[other] لديك بالفعل { $max } رمز؛ ألغِ أولًا رمزًا لم تعد تستخدمه
  }
conflict-token-revoked = الرمز «{ $name }» ملغى بالفعل
refuse-account-disable-choice = اذكر ما إذا كان يجب تعطيل الحساب أو تفعيله
refuse-account-disable-self = لا يمكنك تعطيل حسابك بنفسك؛ اطلب ذلك من مسؤول آخر
refuse-account-password-confirm = كلمة المرور الجديدة وتأكيدها مختلفتان؛ اكتبها مرتين بالشكل نفسه

## الاجتماعات: التواريخ وجدول الأعمال والحضور والمحاضر
refuse-meeting-closes-before-opens = يُختتم الاجتماع ({ $closes }) قبل أن يُفتتح ({ $opens })
refuse-meeting-closing-needs-opening = يتطلب يوم الاختتام تحديد يوم الافتتاح
refuse-meeting-presiding-unknown = «{ $value }» ليس جهة في السجل
refuse-meeting-not-a-date = { $field ->
    [opening-day] يوم الافتتاح
    [closing-day] يوم الاختتام
   *[date] التاريخ
  } «{ $value }» ليس تاريخًا (YYYY-MM-DD)
refuse-meeting-venue-long = { $max ->
    [few] لا يتجاوز المكان { $max } أحرف
    [many] لا يتجاوز المكان { $max } حرفًا
   *[other] لا يتجاوز المكان { $max } حرف
  }
refuse-meeting-kind = اختر نوع الاجتماع
refuse-meeting-number = يجب أن يكون الرقم «{ $value }» عددًا صحيحًا من 1 إلى 999
refuse-agenda-item-long = { $max ->
    [few] لا يتجاوز بند جدول الأعمال { $max } أحرف: «{ $start }…»
    [many] لا يتجاوز بند جدول الأعمال { $max } حرفًا: «{ $start }…»
   *[other] لا يتجاوز بند جدول الأعمال { $max } حرف: «{ $start }…»
  }
refuse-attendance-not-committee = { $meeting } ليس اجتماعًا للجنة التنسيق
refuse-attendance-undated = ليس لـ { $meeting } تاريخ بعد، ولذلك لا يمكن معرفة تشكيلته
refuse-attendance-no-committee = لا توجد لجنة تنسيق في الهيكل الساري في { $day }
refuse-attendance-guest-name = { $max ->
    [few] يحتاج الضيف إلى اسم (رمز جهة أو شخص) لا يتجاوز { $max } أحرف
    [many] يحتاج الضيف إلى اسم (رمز جهة أو شخص) لا يتجاوز { $max } حرفًا
   *[other] يحتاج الضيف إلى اسم (رمز جهة أو شخص) لا يتجاوز { $max } حرف
  }
conflict-attendance-guest = { $guest } مدرج بالفعل في قائمة حضور { $meeting }
refuse-minutes-empty = المحضر فارغ
refuse-minutes-unchanged = المحضر لم يتغير: لا شيء يُسجَّل
refuse-minutes-reason = اذكر سبب تغيير محضر { $meeting }: تبقى النسخة السابقة مقروءة مع السبب الذي تذكره

## الهيكل: الاجتماعات والمقررات التي يسجلها (المقترح 2)
refuse-arch-no-meeting-kind = لا يتضمن هيكل { $convention } اجتماعات من نوع { $kind }
conflict-arch-meeting-recorded = { $meeting } مسجل بالفعل
conflict-arch-decision-number = لـ { $meeting } بالفعل مقرر يحمل الرقم { $number }
refuse-arch-nominee-not-a-state = { $who } ليست دولة

## التعيينات في المقاعد والمناصب، واحدًا تلو الآخر (من P2.4 إلى P2.7)
refuse-appointment-n = التعيين { $n }: { $problem }
refuse-appointment-post = اختر مقعدًا أو منصبًا من الهيكل
refuse-appointment-person = اذكر اسم الشخص
refuse-appointment-holder-unknown = «{ $value }» غير مدرج في سجل الجهات
refuse-appointment-meeting-other = { $what ->
    [selecting] الاجتماع الذي اختار
   *[presided] الاجتماع الذي تُرأس
  } ليس اجتماعًا لـ { $convention }
refuse-appointment-decision = المقرر المستشهد به غير مسجل
refuse-appointment-cycles = اذكر مدة الولاية بالدورات (1 أو أكثر)
refuse-appointment-justification = { $min ->
    [few] يجب أن يبين مسوغ تنحية { $clause } السبب ({ $min } أحرف أو أكثر)
    [many] يجب أن يبين مسوغ تنحية { $clause } السبب ({ $min } حرفًا أو أكثر)
   *[other] يجب أن يبين مسوغ تنحية { $clause } السبب ({ $min } حرف أو أكثر)
  }
refuse-appointment-none = لا يوجد تعيين لتسجيله
refuse-appointments-none = اذكر تعيينًا واحدًا على الأقل (المقعد وشاغله)
refuse-appointments-too-many = { $max ->
    [few] { $max } تعيينات على الأكثر في المرة الواحدة
    [many] { $max } تعيينًا على الأكثر في المرة الواحدة
   *[other] { $max } تعيين على الأكثر في المرة الواحدة
  }
refuse-appointment-seat-unknown = «{ $seat }» ليس مقعدًا في الهيكل الساري في { $meeting }
refuse-appointment-seat-twice = المقعد { $seat } مذكور مرتين
refuse-appointment-justification-missing = { $min ->
    [few] لا يجوز تنحية { $clause } إلا بمسوغ مكتوب ({ $min } أحرف أو أكثر) تحت justifications."{ $clause }"
    [many] لا يجوز تنحية { $clause } إلا بمسوغ مكتوب ({ $min } حرفًا أو أكثر) تحت justifications."{ $clause }"
   *[other] لا يجوز تنحية { $clause } إلا بمسوغ مكتوب ({ $min } حرف أو أكثر) تحت justifications."{ $clause }"
  }
refuse-appointment-justification-long = { $max ->
    [few] يتجاوز مسوغ { $clause } { $max } أحرف
    [many] يتجاوز مسوغ { $clause } { $max } حرفًا
   *[other] يتجاوز مسوغ { $clause } { $max } حرف
  }
refuse-appointment-finding = { $clause }: { $finding }
refuse-handover-note-long = تتجاوز مذكرة التسليم 20000 حرف
refuse-handover-note-unchanged = مذكرة التسليم تنص على ذلك بالفعل؛ لا شيء يُسجَّل

## المناصب: الرئيس المعيَّن ومدير وحدة دعم التنفيذ (المقترح 3)
refuse-designation-other-convention = { $meeting } ليس اجتماعًا لـ { $convention }
refuse-designation-after-opening = يجب أن يسبق التعيين ({ $on }) افتتاح { $meeting }
refuse-designation-before-end = التعيين مؤرخ في { $on }، قبل انتهاء { $meeting }
refuse-designation-source = اذكر أين سُجل التعيين (المصدر)
refuse-designation-meeting-unknown = الاجتماع «{ $value }» غير مسجل
refuse-designation-not-a-date = { $field ->
   *[designation-date] تاريخ التعيين
  }: «{ $value }» ليس تاريخًا بالصيغة YYYY-MM-DD
refuse-designation-state = اذكر الدولة المعيَّنة
refuse-director-name = { $max ->
    [few] اذكر اسم المدير (من 1 إلى { $max } أحرف)
    [many] اذكر اسم المدير (من 1 إلى { $max } حرفًا)
   *[other] اذكر اسم المدير (من 1 إلى { $max } حرف)
  }
refuse-director-source = اذكر أين سُجل التعيين (المصدر)
refuse-director-overlap = { $holder } مسجل بصفته مديرًا اعتبارًا من { $from }، أي في { $on } أو بعده
