export const ORDER_TONE: Record<string, 'good' | 'bad' | 'warn' | 'neutral'> = {
  pending_payment: 'warn',
  confirmed: 'good',
  completed: 'good',
  cancelled: 'bad',
};

export const PACKAGE_TONE: Record<string, 'good' | 'bad' | 'warn' | 'neutral'> = {
  pending: 'warn',
  confirmed: 'neutral',
  packed: 'neutral',
  handed_to_courier: 'neutral',
  delivered: 'good',
  returned: 'bad',
  cancelled: 'bad',
};
