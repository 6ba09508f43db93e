console.log('site');
